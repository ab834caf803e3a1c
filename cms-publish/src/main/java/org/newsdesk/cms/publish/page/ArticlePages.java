package org.newsdesk.cms.publish.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleContent;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.publish.seo.JsonLd;
import org.newsdesk.cms.time.PublicationTime;

/**
 * Article pages: the live revision as readers see it, or the working draft as a preview, both
 * through the same template so a preview looks exactly like the page it will become.
 */
@ApplicationScoped
public class ArticlePages {

    private PageRenderer renderer;

    protected ArticlePages() {
        // for CDI
    }

    @Inject
    public ArticlePages(PageRenderer renderer) {
        this.renderer = renderer;
    }

    @Inject
    MediaLibrary media;

    /** The page readers see: only ever the live revision. */
    public String renderLive(Article article, RenderContext site) {
        ArticleView view = live(article, site, article.getLiveLeadImageId().flatMap(id -> media.find(id)).orElse(null),
                id -> media.find(id));
        PageHead head = PageHead.of(view.headline(), view.dek(), view.canonical(), site.absolute(site.urls().rss()),
                site.absolute(site.urls().atom()));
        return renderer.render("article", site, head, Map.of("article", view));
    }

    /** The working draft as it would look, marked as a preview and kept out of search engines. */
    public String renderPreview(Article article, RenderContext site) {
        ArticleView view = preview(article, site, article.getLeadImageId().flatMap(id -> media.find(id)).orElse(null),
                id -> media.find(id));
        PageHead head = new PageHead("Preview: " + view.headline(), view.dek(), null, true, null, null, null, null);
        return renderer.render("article", site, head, Map.of("article", view));
    }

    public static ArticleView live(Article article, RenderContext site) {
        return live(article, site, null);
    }

    /** @param leadImage the live story's lead picture, or null */
    public static ArticleView live(Article article, RenderContext site, MediaImage leadImage) {
        return live(article, site, leadImage, null);
    }

    /** @param pictures finds the body's pictures in the library (see {@link BodyPictures}), or null */
    static ArticleView live(Article article, RenderContext site, MediaImage leadImage,
                            java.util.function.LongFunction<java.util.Optional<MediaImage>> pictures) {
        Revision live = article.getLiveRevision()
                .orElseThrow(() -> new IllegalArgumentException("Only a published article has a public page: " + article));
        Instant first = article.getFirstPublishedAt().orElseThrow();
        String canonical = site.absolute(site.urls().articlePath(live, first));
        return view(live.content(), first, article, site, canonical, false, leadImage, pictures);
    }

    /**
     * The draft with the times it has so far: a story never published shows "Not yet published"
     * (the time of its first publication is not known until it happens).
     */
    public static ArticleView preview(Article article, RenderContext site) {
        return preview(article, site, null);
    }

    /** @param leadImage the draft's lead picture, or null */
    public static ArticleView preview(Article article, RenderContext site, MediaImage leadImage) {
        return preview(article, site, leadImage, null);
    }

    static ArticleView preview(Article article, RenderContext site, MediaImage leadImage,
                               java.util.function.LongFunction<java.util.Optional<MediaImage>> pictures) {
        Instant first = article.getFirstPublishedAt().orElse(null);
        return view(article.draftContent(), first, article, site, null, true, leadImage, pictures);
    }

    private static ArticleView view(ArticleContent content, Instant first, Article article, RenderContext site, String canonical,
                                    boolean preview, MediaImage leadImage,
                                    java.util.function.LongFunction<java.util.Optional<MediaImage>> pictures) {
        LeadImageView picture = leadImage == null ? null : LeadImageView.of(leadImage, site).orElse(null);
        PublicationTime time = site.time();
        Stamp published = first == null ? null : Stamp.of(first, time);
        Stamp updated = ArticleTimes.shownUpdate(first, article.getDisplayedUpdatedAt().orElse(null))
                .map(at -> Stamp.of(at, time)).orElse(null);
        List<Link> bylines = content.bylines().stream().map(site::authorLink).toList();
        List<UpdateNoteView> notes = article.getUpdateNotes().stream()
                .map(note -> new UpdateNoteView(Stamp.of(note.getNotedAt(), time), note.getText())).toList();
        String jsonLd = null;
        if (!preview) {
            Stamp modified = updated != null ? updated : published;
            List<JsonLd.Person> people = content.bylines().stream()
                    .map((Author author) -> new JsonLd.Person(author.getName(), site.absolute(site.urls().author(author))))
                    .toList();
            jsonLd = JsonLd.newsArticle(content.headline(), content.dek(), canonical, published.iso(), modified.iso(),
                    people, content.section().getName(), site.name(), site.absolute(site.urls().home()),
                    picture == null ? List.of() : picture.crops(), content.keywords());
        }
        return new ArticleView(site.sectionLink(content.section()), content.headline(), content.dek(), bylines, published,
                updated, BodyPictures.forReaders(content.body(), site, pictures), notes, preview, jsonLd, canonical, picture);
    }
}
