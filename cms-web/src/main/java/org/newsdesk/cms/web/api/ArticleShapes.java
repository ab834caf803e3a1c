package org.newsdesk.cms.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleContent;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publish.url.SiteBase;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.time.PublicationTime;

/**
 * Articles to JSON and back: sections by path and authors by slug, as the newsroom names them;
 * the public URL from {@link PublicUrls}, the one place URLs are made.
 */
@ApplicationScoped
public class ArticleShapes {

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    PublicUrls urls;

    @Inject
    PublicationTime time;

    /** The working draft, as editors see it. */
    ArticleJson draft(Article article, SiteBase site) {
        return new ArticleJson(article.getId(), article.getVersion(), article.getStatus().name(), article.getHeadline(),
                article.getDek(), article.getKeywords(), article.getBody(), article.getSection().path(), slugs(article.getBylines()),
                article.getSlug(), article.getLatestRevisionNumber(), iso(article.getFirstPublishedAt()),
                iso(article.getDisplayedUpdatedAt()), time.iso(article.getModifiedAt()),
                article.getModifiedBy().getDisplayName(), iso(article.getScheduledAt()), article.hasPendingChanges(),
                urls.articlePath(article).map(site::absolute).orElse(null));
    }

    /** What readers see: the live revision, with the times readers are shown; no staff names. */
    ArticleJson live(Article article, Revision live, SiteBase site) {
        Instant firstPublished = article.getFirstPublishedAt().orElseThrow();
        return new ArticleJson(article.getId(), null, null, live.getHeadline(), live.getDek(), live.getKeywords(), live.getBody(),
                live.getSection().path(), slugs(live.getBylines()), live.getSlug(), live.getNumber(),
                time.iso(firstPublished), iso(article.shownUpdate()), null, null, null, null,
                site.absolute(urls.articlePath(live, firstPublished)));
    }

    private static List<String> slugs(List<Author> bylines) {
        return bylines.stream().map(Author::getSlug).toList();
    }

    private String iso(Optional<Instant> at) {
        return at.map(time::iso).orElse(null);
    }

    /** A whole draft from the client's fields: every problem reported at once, at its field. */
    ArticleDraft toDraft(ArticleInput input) {
        if (input == null) {
            throw new InvalidInputException("headline", "Send the article's fields as a JSON object.");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Long sectionId = sectionId(input.section(), problems);
        List<Long> bylineIds = authorIds(input.bylines(), problems);
        ArticleDraft draft = new ArticleDraft(input.headline(), input.dek(), input.body(), sectionId, bylineIds,
                input.slug(), input.note(), input.keywords());
        if (!problems.isEmpty()) {
            // the draft's own problems too, so that a client fixes everything in one go
            List<FieldProblem> all = new ArrayList<>(draft.problems().stream()
                    .filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field()))).toList());
            all.addAll(problems);
            throw new InvalidInputException(all);
        }
        return draft;
    }

    /** The draft as it stands, with the fields the client sent (not null) in place of its own. */
    ArticleDraft merged(Article article, ArticleInput patch) {
        if (patch == null) {
            throw new InvalidInputException("headline", "Send the fields to change as a JSON object.");
        }
        ArticleContent current = article.draftContent();
        return toDraft(new ArticleInput(
                Objects.requireNonNullElse(patch.headline(), current.headline()),
                Objects.requireNonNullElse(patch.dek(), Objects.toString(current.dek(), "")),
                Objects.requireNonNullElse(patch.body(), Objects.toString(current.body(), "")),
                Objects.requireNonNullElse(patch.section(), current.section().path()),
                Objects.requireNonNullElse(patch.bylines(), slugs(current.bylines())),
                Objects.requireNonNullElse(patch.slug(), current.slug()),
                patch.note(),
                Objects.requireNonNullElse(patch.keywords(), current.keywords())));
    }

    Optional<Section> sectionAt(String path) {
        return sections.all().stream().filter(s -> s.path().equals(path)).findFirst();
    }

    Optional<Author> authorWithSlug(String slug) {
        return authors.all().stream().filter(a -> a.getSlug().equals(slug)).findFirst();
    }

    private Long sectionId(String path, List<FieldProblem> problems) {
        if (path == null || path.isBlank()) {
            return null; // the draft says "Choose a section."
        }
        Optional<Section> section = sectionAt(path.strip());
        if (section.isEmpty()) {
            problems.add(new FieldProblem("section", "There is no section \u201c" + path.strip() + "\u201d."));
            return null;
        }
        return section.get().getId();
    }

    private List<Long> authorIds(List<String> slugs, List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        if (slugs == null) {
            return ids;
        }
        for (String slug : slugs) {
            Optional<Author> author = slug == null ? Optional.empty() : authorWithSlug(slug.strip());
            if (author.isEmpty()) {
                problems.add(new FieldProblem("bylines", "There is no author \u201c" + slug + "\u201d."));
            } else {
                ids.add(author.get().getId());
            }
        }
        return ids;
    }
}
