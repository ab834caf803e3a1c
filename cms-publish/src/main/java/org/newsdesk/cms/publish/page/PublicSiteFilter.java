package org.newsdesk.cms.publish.page;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.time.PublicationTime;

import static org.jsoup.nodes.Entities.escape;

/**
 * The public site's first pages: the home page's latest headlines and the article page, rendered
 * only from live revisions; a taken-down story's URL answers 410 Gone. Anything else passes on
 * (to the admin UI, static files, or 404).
 *
 * <p>A deliberately plain renderer; the templated public site with section fronts, feeds and
 * caching replaces it.
 */
@WebFilter(filterName = "PublicSite") // mapped in cms-web's web.xml, after the security headers
public class PublicSiteFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Pattern ARTICLE = Pattern.compile("/[a-z0-9-]+(?:/[a-z0-9-]+)*/\\d{4}/\\d{2}/\\d{2}/([a-z0-9-]+)");
    private static final int HOME_HEADLINES = 20;

    @Inject
    ArticleRepository articles;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            home(request, response);
            return;
        }
        Matcher article = ARTICLE.matcher(path);
        if (article.matches()) {
            Optional<Article> found = articles.findByLiveSlug(article.group(1)).stream()
                    .filter(candidate -> urls.articlePath(candidate).filter(path::equals).isPresent())
                    .findFirst();
            if (found.isPresent() && found.get().getStatus() == ArticleStatus.PUBLISHED) {
                article(found.get(), response);
                return;
            }
            if (found.isPresent()) {
                gone(response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PrintWriter out = page(response, "Newsdesk");
        out.append("<main id=\"main\"><h1>Latest</h1><ul>");
        for (Article article : articles.latestPublished(HOME_HEADLINES)) {
            Revision live = article.getLiveRevision().orElseThrow();
            out.append("<li><a href=\"").append(escape(request.getContextPath() + urls.articlePath(article).orElseThrow()))
                    .append("\">").append(escape(live.getHeadline())).append("</a></li>");
        }
        out.append("</ul></main></body></html>");
    }

    private void article(Article article, HttpServletResponse response) throws IOException {
        Revision live = article.getLiveRevision().orElseThrow();
        PrintWriter out = page(response, live.getHeadline());
        out.append("<main id=\"main\"><article><p>").append(escape(live.getSection().getName())).append("</p>")
                .append("<h1>").append(escape(live.getHeadline())).append("</h1>");
        if (live.getDek() != null) {
            out.append("<p>").append(escape(live.getDek())).append("</p>");
        }
        out.append("<p>By ");
        boolean first = true;
        for (Author author : live.getBylines()) {
            out.append(first ? "" : ", ").append(escape(author.getName()));
            first = false;
        }
        out.append("</p><p>");
        article.getFirstPublishedAt().ifPresent(at -> timeElement(out, "Published: ", at));
        article.getDisplayedUpdatedAt()
                .filter(updated -> updated.isAfter(article.getFirstPublishedAt().orElseThrow()))
                .ifPresent(at -> timeElement(out.append(" "), "Updated: ", at));
        // the body was sanitized when it was saved: it is trusted HTML from here on
        out.append("</p>").append(live.getBody()).append("</article></main></body></html>");
    }

    /** A story that was taken down: the address was real, and nothing of the story is shown. */
    private static void gone(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_GONE);
        page(response, "Story removed").append("<main id=\"main\"><h1>This story has been removed</h1>")
                .append("<p>The story that was published at this address is no longer available.</p>")
                .append("<p><a href=\"/\">Go to the home page</a></p></main></body></html>");
    }

    private void timeElement(PrintWriter out, String label, java.time.Instant at) {
        out.append(label).append("<time datetime=\"").append(time.iso(at)).append("\">")
                .append(time.display(at)).append("</time>");
    }

    private static PrintWriter page(HttpServletResponse response, String title) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(escape(title)).append("</title></head><body>")
                .append("<a href=\"#main\">Skip to main content</a>");
        return out;
    }
}
