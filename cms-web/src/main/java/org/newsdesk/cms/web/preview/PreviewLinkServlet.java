package org.newsdesk.cms.web.preview;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.preview.PreviewLinkRefused;
import org.newsdesk.cms.preview.PreviewLinks;
import org.newsdesk.cms.publish.page.ArticlePreview;
import org.newsdesk.cms.publish.url.SiteBase;

/**
 * Opens a shared preview link ({@code /preview/{token}}) for someone without a login: the draft
 * of one article while the link is neither expired nor withdrawn; otherwise 410 Gone.
 */
@WebServlet("/preview/*")
public class PreviewLinkServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PreviewLinks links;

    @Inject
    ArticlePreview preview;

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> siteUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // the token is the whole secret: never cached, never indexed, never sent on as a referrer
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Robots-Tag", "noindex");
        response.setHeader("Referrer-Policy", "no-referrer");
        String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Article article;
        try {
            article = links.open(token);
        } catch (PreviewLinkRefused refused) {
            response.sendError(HttpServletResponse.SC_GONE);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(preview.render(article, SiteBase.of(siteUrl, request).root()));
    }
}
