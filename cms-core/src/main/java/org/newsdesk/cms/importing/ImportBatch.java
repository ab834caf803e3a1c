package org.newsdesk.cms.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.Keywords;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.Sha256;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/**
 * Imports a batch of WordPress items in one transaction, through the services an editor's typing
 * goes through ({@link ArticleService#create}, {@link ArticleService#revise},
 * {@link PublishingService}): the same rules, sanitizer, revisions and audit lines. A refusal by
 * any of them rolls the whole batch back; the runner then takes that batch's items one at a time,
 * so only the item at fault is reported failed.
 */
@ApplicationScoped
public class ImportBatch {

    /** How far past the time the import left, a story's modified time means an editor changed it. */

    @Inject
    ArticleService articleService;

    @Inject
    PublishingService publishing;

    @Inject
    ArticleRepository articles;

    @Inject
    SectionRepository sections;

    @Inject
    StaffService staff;

    @Inject
    ImportRepository imports;

    @Inject
    ImportSetup setup;

    @Inject
    org.newsdesk.cms.media.MediaLibrary media;

    @Inject
    Clock clock;

    /** The zone WordPress's local {@code post_date} is read in, where its GMT time is zeros. */
    @Inject
    org.newsdesk.cms.time.PublicationTime time;

    /** The outcome of a batch: its counts, and the stories whose public pages changed. */
    record Result(ImportTally tally, List<Long> changedForReaders) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result run(ImportPlan plan, List<WxrPost> posts) {
        imports.find(plan.jobId()).orElseThrow().requireRunBy(plan.runToken());
        ImportTally tally = ImportTally.NONE;
        List<Long> changed = new ArrayList<>();
        for (WxrPost post : posts) {
            if ("attachment".equals(post.postType())) {
                // brought into the media library before the posts (WordPressPictures), which says in
                // the report what came of them all: done, and neither a story nor skipped
                tally = tally.plus(new ImportTally(1, 0, 0, 0, 0, 0));
                continue;
            }
            StaffMember editor = staff.getActive(plan.actor());
            ImportNote.Outcome outcome = one(plan, editor, post, changed);
            tally = tally.plus(ImportTally.of(outcome));
            // each query of the next story flushes, comparing every entity loaded so far: without
            // this a batch cost grew with the square of its size (JFR: 14% of the import thread in that comparison)
            imports.flushAndForget();
        }
        ImportJob job = imports.find(plan.jobId()).orElseThrow().requireRunBy(plan.runToken());
        job.count(tally, clock.instant());
        return new Result(tally, changed);
    }

    /** Reports one item failed, in a transaction of its own (its batch rolled back). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(ImportPlan plan, WxrPost post, String reason) {
        ImportJob job = imports.find(plan.jobId()).orElseThrow().requireRunBy(plan.runToken());
        imports.add(new ImportNote(plan.jobId(), ImportNote.Kind.FAILED, post.postId(), post.reportTitle(), reason, null));
        job.count(ImportTally.of(ImportNote.Outcome.FAILED), clock.instant());
    }

    private ImportNote.Outcome one(ImportPlan plan, StaffMember editor, WxrPost post, List<Long> changed) {
        Optional<String> skip = reasonToSkip(post);
        if (skip.isPresent()) {
            return note(plan, post, ImportNote.Kind.SKIPPED, skip.get(), null, ImportNote.Outcome.SKIPPED);
        }
        String guid = identity(post);
        if (guid == null) {
            return note(plan, post, ImportNote.Kind.FAILED, "It has neither a GUID nor a post ID to recognise it by on a "
                    + "later import.", null, ImportNote.Outcome.FAILED);
        }
        Optional<ImportRecord> record = imports.record(guid);
        String source = sourceHash(plan, post);
        if (record.isPresent() && record.get().getSourceHash().equals(source)) {
            return ImportNote.Outcome.UNCHANGED;
        }
        Long sectionId = sectionOf(plan, post);
        if (sectionId == null) {
            return note(plan, post, ImportNote.Kind.FAILED, "Its category could not become a section (see the "
                    + "sections refused above, or give the post a category).", null, ImportNote.Outcome.FAILED);
        }
        Long authorId = setup.authorFor(plan, post.creator());
        Section section = sections.find(sectionId).orElseThrow();
        WordPressBody.Converted converted = WordPressBody.convert(post.content());
        WordPressBody.Converted body = new WordPressBody.Converted(plan.pictures().rewrite(converted.html()), converted.shortcodes());
        Instant now = clock.instant();

        if (record.isEmpty()) {
            ArticleDraft draft = draft(post, body, section, authorId, null,
                    "Imported from WordPress (post " + post.postId() + ", GUID " + guid + ")");
            List<FieldProblem> problems = draft.problems();
            if (!problems.isEmpty()) {
                return note(plan, post, ImportNote.Kind.FAILED, words(problems), null, ImportNote.Outcome.FAILED);
            }
            Article article = articleService.create(plan.actor(), draft);
            lead(plan, post, article);
            moveIn(plan, editor, article, post, now, changed);
            imports.add(new ImportRecord(guid, post.postId(), article.getId(), source, article.getModifiedAt(),
                    article.getLatestRevisionNumber()));
            shortcodes(plan, post, body, article);
            return ImportNote.Outcome.IMPORTED;
        }

        Article article = articleService.getForChange(record.get().getArticleId());
        // a revision saved here, or the story taken down here (the import never unpublishes)
        if (article.getLatestRevisionNumber() > record.get().getRevisionNumber()
                || article.getStatus() == ArticleStatus.UNPUBLISHED) {
            return note(plan, post, ImportNote.Kind.SKIPPED, "Changed in Newsdesk since it was imported (by "
                    + article.getModifiedBy().getDisplayName() + "): the newer WordPress version was not applied, so "
                    + "nothing done here is overwritten.", article.getId(), ImportNote.Outcome.SKIPPED);
        }
        if (article.getStatus() == ArticleStatus.PUBLISHED && !isPublishedInWordPress(post, now)) {
            return note(plan, post, ImportNote.Kind.SKIPPED, "No longer published in WordPress (" + post.status()
                    + "); the story stays on the site here. Unpublish it in Newsdesk if it should go.", article.getId(),
                    ImportNote.Outcome.SKIPPED);
        }
        ArticleDraft draft = draft(post, body, section, authorId, article,
                "Updated from a newer WordPress export (post " + post.postId() + ")");
        List<FieldProblem> problems = draft.problems();
        if (!problems.isEmpty()) {
            return note(plan, post, ImportNote.Kind.FAILED, words(problems), article.getId(), ImportNote.Outcome.FAILED);
        }
        if (draft.wouldChange(article)) {
            articleService.revise(editor, article, article.getVersion(), draft);
        }
        lead(plan, post, article);
        moveIn(plan, editor, article, post, now, changed);
        record.get().reimported(source, article.getModifiedAt(), article.getLatestRevisionNumber());
        return ImportNote.Outcome.UPDATED;
    }

    /**
     * The post's featured image as the story's lead image, before it goes live. A picture without
     * alt text cannot be one: the report says so, and the desk describes it and chooses it.
     */
    private void lead(ImportPlan plan, WxrPost post, Article article) {
        Optional<Long> featured = plan.pictures().leadFor(post);
        if (featured.isEmpty() || featured.equals(article.getLeadImageId())) {
            return;
        }
        Optional<org.newsdesk.cms.media.MediaImage> picture = media.find(featured.get());
        if (picture.isEmpty() || picture.get().getStatus() == org.newsdesk.cms.media.MediaImage.Status.FAILED) {
            return;
        }
        if (picture.get().getAltText() == null) {
            imports.add(new ImportNote(plan.jobId(), ImportNote.Kind.NOTE, post.postId(), post.reportTitle(),
                    "Its featured image has no alt text in WordPress, so it is not the lead image yet: describe it in the media"
                            + " library and choose it in the editor.", article.getId()));
            return;
        }
        media.chooseLeadImage(plan.actor(), article.getId(), featured.get(), null, null);
    }

    /** Puts the story where WordPress had it: live with its own times, in review, scheduled, or a draft. */
    private void moveIn(ImportPlan plan, StaffMember editor, Article article, WxrPost post, Instant now, List<Long> changed) {
        String status = Objects.toString(post.status(), "");
        Instant wordpressTime = post.publishedAt(time.zone());
        Instant publishedAt = wordpressTime == null || wordpressTime.isAfter(now) && !status.equals("future")
                ? now : wordpressTime;
        if (isPublishedInWordPress(post, now)) {
            Instant updatedAt = plan.showUpdates() ? post.modifiedAt() : null;
            boolean changesLive = article.getStatus() != ArticleStatus.PUBLISHED || article.hasPendingChanges()
                    || !Objects.equals(article.getDisplayedUpdatedAt().orElse(null), updatedAt);
            if (changesLive) {
                if (article.getStatus() == ArticleStatus.SCHEDULED) {
                    publishing.returnToDraft(editor, article, article.getVersion());
                }
                publishing.publishFromArchive(editor, article, articleService.latestRevision(article), publishedAt, updatedAt);
                recordOldAddresses(plan, article, post, now);
                changed.add(article.getId());
            }
        } else if (status.equals("future") && article.getStatus() != ArticleStatus.SCHEDULED) {
            if (article.getStatus() == ArticleStatus.IN_REVIEW) {
                publishing.returnToDraft(editor, article, article.getVersion());
            }
            publishing.schedule(editor, article, article.getVersion(), publishedAt);
            recordOldAddresses(plan, article, post, now);
            changed.add(article.getId());
        } else if (status.equals("pending") && article.getStatus() == ArticleStatus.DRAFT) {
            publishing.submitForReview(editor, article, article.getVersion());
        }
    }

    /** Published in WordPress, or scheduled there for a time that has passed (WordPress would have published it). */
    private boolean isPublishedInWordPress(WxrPost post, Instant now) {
        String status = Objects.toString(post.status(), "");
        return status.equals("publish")
                || status.equals("future") && post.publishedAt(time.zone()) != null
                && !post.publishedAt(time.zone()).isAfter(now);
    }

    /**
     * The post's old addresses answer 301 to the story, through the table of the addresses stories
     * have had; an address another story holds already stays that story's.
     */
    private void recordOldAddresses(ImportPlan plan, Article article, WxrPost post, Instant now) {
        for (String key : LegacyAddress.of(post.link(), post.postId(), plan.blogUrl())) {
            Optional<Article> holder = articles.findByPath(key);
            if (holder.isEmpty()) {
                articles.recordPath(article.getId(), key, now);
            } else if (!holder.get().getId().equals(article.getId())) {
                imports.add(new ImportNote(plan.jobId(), ImportNote.Kind.NOTE, post.postId(), post.reportTitle(),
                        "Its old address " + key + " already leads to another story (\u201c" + holder.get().getHeadline()
                                + "\u201d), which keeps it: that address does not lead to this one.", article.getId()));
            }
        }
    }

    private ArticleDraft draft(WxrPost post, WordPressBody.Converted body, Section section, Long authorId, Article existing,
                               String note) {
        String headline = cut(text(post.title()), ArticleDraft.HEADLINE_MAXIMUM);
        if (headline.isBlank()) {
            headline = "Untitled (WordPress post " + post.postId() + ")";
        }
        String dek = cut(text(post.excerpt()), ArticleDraft.DEK_MAXIMUM);
        Long articleId = existing == null ? null : existing.getId();
        String slug = slug(post, headline, section, articleId);
        return new ArticleDraft(headline, dek, body.html(), section.getId(), List.of(authorId), slug,
                cut(note, ArticleDraft.NOTE_MAXIMUM), keywords(post));
    }

    /**
     * The post's tags as keywords: as plain text, tidied like typed ones, those longer than a
     * keyword may be left out (a sentence used as a tag says nothing to a search engine) and only
     * the first {@value Keywords#COUNT_MAXIMUM} kept, so a site that tagged generously still imports.
     */
    static List<String> keywords(WxrPost post) {
        List<String> tidied = Keywords.tidy(post.tags().stream().map(ImportBatch::text).toList());
        return tidied.stream().filter(tag -> tag.length() <= Keywords.LENGTH_MAXIMUM).limit(Keywords.COUNT_MAXIMUM).toList();
    }

    /** {@code post_name} when it is a slug Newsdesk takes (else one made from it or the headline), free in its section. */
    private String slug(WxrPost post, String headline, Section section, Long articleId) {
        String name = Objects.toString(post.postName(), "").strip();
        String slug;
        if (Slugs.problemWith(name).isEmpty()) {
            slug = name;
        } else {
            String decoded = name.isEmpty() ? headline : java.net.URLDecoder.decode(name.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8);
            slug = Slugs.fromHeadline(decoded);
        }
        return Slugs.unique(slug, candidate -> articles.slugTaken(section, candidate, articleId));
    }

    private Long sectionOf(ImportPlan plan, WxrPost post) {
        if (post.categories().isEmpty()) {
            return setup.sectionFor(plan, new WxrCategory("uncategorized", "Uncategorized", null));
        }
        return setup.sectionFor(plan, post.categories().get(0));
    }

    private void shortcodes(ImportPlan plan, WxrPost post, WordPressBody.Converted body, Article article) {
        if (!body.shortcodes().isEmpty()) {
            imports.add(new ImportNote(plan.jobId(), ImportNote.Kind.NOTE, post.postId(), post.reportTitle(),
                    "Shortcodes kept as text: " + String.join(", ", body.shortcodes().stream().map(s -> "[" + s + "]").toList())
                            + ". Edit the story to replace them.", article.getId()));
        }
    }

    /** Why an item is not a story to import, or empty when it is one. */
    static Optional<String> reasonToSkip(WxrPost post) {
        String type = Objects.toString(post.postType(), "post");
        String status = Objects.toString(post.status(), "");
        if (type.equals("page")) {
            return Optional.of("A WordPress page, not a post: Newsdesk has stories and section fronts, no standalone pages. "
                    + "Recreate it by hand if it is needed.");
        }
        if (type.equals("attachment")) {
            return Optional.of("A media file (attachment): brought into the media library from the uploads zip, when one "
                    + "comes with the export.");
        }
        if (!type.equals("post")) {
            return Optional.of("A WordPress item of type \u201c" + type + "\u201d (menus, blocks, custom post types), not a post.");
        }
        return switch (status) {
            case "publish", "draft", "pending", "future" -> Optional.empty();
            case "private" -> Optional.of("Private in WordPress: only its authors could read it, and Newsdesk has no "
                    + "private stories. Not imported.");
            case "trash" -> Optional.of("In WordPress's trash. Not imported.");
            default -> Optional.of("WordPress status \u201c" + status + "\u201d (an auto-draft or a revision), not a story.");
        };
    }

    private static String identity(WxrPost post) {
        if (post.guid() != null && !post.guid().isBlank()) {
            return post.guid().strip();
        }
        return post.postId() > 0 ? "wordpress-post:" + post.postId() : null;
    }

    /** Everything the import reads of a post and does with it: equal hashes, nothing to do. */
    private static String sourceHash(ImportPlan plan, WxrPost post) {
        String categories = String.join(",", post.categories().stream().map(c -> c.nicename() + "=" + c.name()).toList());
        return Sha256.hex(String.join("\u0000", Objects.toString(post.title(), ""), Objects.toString(post.excerpt(), ""),
                post.content(), Objects.toString(post.status(), ""), Objects.toString(post.postName(), ""),
                Objects.toString(post.publishedAt(), ""), Objects.toString(post.modifiedAt(), ""),
                Objects.toString(post.creator(), ""), categories, Boolean.toString(plan.showUpdates()))
                // tags joined the hash with keywords: an untagged post keeps the hash it had before
                + (post.tags().isEmpty() ? "" : "\u0000" + String.join(",", post.tags()))
                // so do pictures: an export imported again with its uploads zip brings its pictures in
                + (plan.pictures().uploadsGiven() ? "\u0000pictures:" + post.picture().thumbnailId() : ""));
    }

    private ImportNote.Outcome note(ImportPlan plan, WxrPost post, ImportNote.Kind kind, String reason, Long articleId,
                                    ImportNote.Outcome outcome) {
        imports.add(new ImportNote(plan.jobId(), kind, post.postId(), post.reportTitle(), reason, articleId));
        return outcome;
    }

    private static String words(List<FieldProblem> problems) {
        return String.join(" ", problems.stream().map(p -> p.field().toUpperCase(Locale.ROOT).charAt(0)
                + p.field().substring(1) + ": " + p.message()).toList());
    }

    /** HTML entities and stray tags of a WordPress title or excerpt, as the plain text a headline is. */
    private static String text(String html) {
        return html == null || html.isBlank() ? "" : Jsoup.parse(html).text().strip();
    }

    private static String cut(String text, int maximum) {
        return text.length() > maximum ? text.substring(0, maximum - 1).strip() + "\u2026" : text;
    }
}
