package org.newsdesk.cms.web.article;

import jakarta.ws.rs.FormParam;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.Keywords;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.autosave.Autosave;
import org.newsdesk.cms.autosave.UnsavedText;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.web.support.FormNumbers;

/**
 * The article editor's fields exactly as the editor typed them. The form is re-shown from this
 * object whenever a save is refused, so nothing typed is ever lost; only {@link #toDraft()} turns
 * it into what the services take.
 */
public class ArticleForm {

    /** How {@code <input type="datetime-local">} writes a time: minutes, no zone. */
    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @FormParam("version")
    private Long version;

    @FormParam("headline")
    private String headline;

    @FormParam("dek")
    private String dek;

    /** Comma-separated, as typed; absent (a form without the field) keeps the story's keywords. */
    @FormParam("keywords")
    private String keywords;

    @FormParam("section")
    private String section;

    @FormParam("bylines")
    private List<String> bylines;

    @FormParam("slug")
    private String slug;

    @FormParam("body")
    private String body;

    @FormParam("note")
    private String note;

    @FormParam("publishedAt")
    private String publishedAt;

    @FormParam("scheduledAt")
    private String scheduledAt;

    @FormParam("showAsUpdated")
    private String showAsUpdated;

    @FormParam("updateNote")
    private String updateNote;

    @FormParam("action")
    private String action;

    public ArticleForm() {
        // filled by JAX-RS from the posted form
    }

    /** The form as an article's working draft fills it, ready to edit. */
    public static ArticleForm of(Article article, ZoneId zone) {
        ArticleForm form = new ArticleForm();
        form.version = article.getVersion();
        form.headline = article.getHeadline();
        form.dek = article.getDek();
        form.keywords = String.join(", ", article.getKeywords());
        form.section = String.valueOf(article.getSection().getId());
        form.bylines = article.getBylines().stream().map(Author::getId).map(String::valueOf).toList();
        form.slug = article.getSlug();
        form.body = article.getBody();
        form.scheduledAt = article.getScheduledAt().map(at -> localInput(at, zone)).orElse("");
        return form;
    }

    /**
     * The form filled with someone's unsaved text, as they typed it against the version they had
     * loaded: saving it is a normal save against that version, so a save made since by anyone
     * else is shown beside it (the stale-edit page), never overwritten unseen.
     */
    public static ArticleForm ofUnsaved(Article article, Autosave autosave, ZoneId zone) {
        ArticleForm form = of(article, zone);
        UnsavedText text = autosave.text();
        form.version = autosave.getBaseVersion();
        form.headline = text.headline();
        form.dek = text.dek();
        form.section = text.sectionId() == null ? "" : String.valueOf(text.sectionId());
        form.bylines = text.bylineIds().stream().map(String::valueOf).toList();
        form.slug = text.slug();
        form.body = text.body();
        form.note = text.note();
        return form;
    }

    static String localInput(Instant instant, ZoneId zone) {
        return LOCAL_INPUT.format(instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
    }

    /**
     * The form as it may be shown again: a body longer than any story (megabytes, by mistake or
     * on purpose) is not sent back to the browser; its problem says so.
     */
    public ArticleForm withoutOversizedBody() {
        if (body != null && body.length() > ArticleDraft.BODY_MAXIMUM) {
            body = "";
        }
        return this;
    }

    /**
     * The fields as a draft for the services. A garbled id reads as one that does not exist, so the
     * service names the field ("the chosen section no longer exists") with every other problem.
     */
    public ArticleDraft toDraft() {
        List<Long> authorIds = getBylines().stream().filter(byline -> !byline.isBlank()).map(FormNumbers::idOrNull).toList();
        return new ArticleDraft(headline, dek, body, FormNumbers.idOrNull(section), authorIds, slug, note,
                keywords == null ? null : Keywords.parse(keywords));
    }

    /** The scheduled time, read in the publication's zone. */
    public Instant scheduledInstant(ZoneId zone) {
        return instant(scheduledAt, zone, "scheduledAt", "Enter the time to publish at, as date and time.")
                .orElseThrow(() -> new InvalidInputException("scheduledAt", "Enter the time to publish at."));
    }

    /** The original published time of a migrated story, if the editor gave one. */
    public Optional<Instant> publishedInstant(ZoneId zone) {
        return instant(publishedAt, zone, "publishedAt", "Enter the published time as date and time.");
    }

    private static Optional<Instant> instant(String value, ZoneId zone, String field, String message) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            // a time that falls in a DST gap moves forward, as a wall clock would
            return Optional.of(ZonedDateTime.of(LocalDateTime.parse(value.strip()), zone).toInstant());
        } catch (DateTimeException e) { // unreadable, or out of range
            throw new InvalidInputException(field, message);
        }
    }

    public Long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public String getHeadline() {
        return headline;
    }

    public String getDek() {
        return dek;
    }

    public String getKeywords() {
        return keywords;
    }

    public String getSection() {
        return section;
    }

    public List<String> getBylines() {
        return bylines == null ? List.of() : bylines;
    }

    /** The byline choices to show: the chosen authors in order, then empty ones to add more. */
    public List<String> getBylineSlots() {
        List<String> slots = new ArrayList<>(getBylines().stream().filter(b -> !b.isBlank()).toList());
        int empty = slots.isEmpty() ? 2 : 1;
        for (int i = 0; i < empty; i++) {
            slots.add("");
        }
        return slots;
    }

    public String getSlug() {
        return slug;
    }

    public String getBody() {
        return body;
    }

    public String getNote() {
        return note;
    }

    public String getPublishedAt() {
        return publishedAt;
    }

    public String getScheduledAt() {
        return scheduledAt;
    }

    public boolean isShowAsUpdated() {
        return showAsUpdated != null;
    }

    public String getUpdateNote() {
        return updateNote;
    }

    public String getAction() {
        return action;
    }
}
