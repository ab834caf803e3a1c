package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.IllegalTransitionException;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.autosave.Autosave;
import org.newsdesk.cms.autosave.Autosaves;
import org.newsdesk.cms.persistence.DatabaseUnavailable;
import org.newsdesk.cms.preview.PreviewLinks;
import org.newsdesk.cms.publish.url.PublicUrls;
import org.newsdesk.cms.publishing.ArticleDesk;
import org.newsdesk.cms.publishing.DeskOutcome;
import org.newsdesk.cms.publishing.EditorMove;
import org.newsdesk.cms.publishing.ScheduleLog;
import org.newsdesk.cms.publishing.ScheduleRecord;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.media.LeadImagePicker;
import org.newsdesk.cms.web.support.DatabaseOutageFilter;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormProblems;
import org.newsdesk.cms.web.support.SignedIn;

/**
 * The article editor: write a new article, change a draft, and move it through the workflow.
 * Every button posts the whole form, so what the editor typed is saved (or, when refused, shown
 * again with the reason at the field) and never lost; success redirects back to the editor.
 */
@Controller
@Path("articles")
@RequestScoped
public class ArticleEditorController {

    static final String VIEW = "article-editor.html";
    /** {@code ?restore=unsaved}: the editor with this person's unsaved text in the form. */
    static final String RESTORE_UNSAVED = "unsaved";

    /** The form kept while the database is not answering. */
    static final String HELD_VIEW = "article-held.html";
    static final String DATABASE_NOT_ANSWERING = "The database is not answering, so your changes may not be saved. "
            + "Everything you typed is still in the form below: try again in a minute.";

    private static final Logger LOG = Logger.getLogger(ArticleEditorController.class.getName());

    @Inject
    Autosaves autosaves;

    @Inject
    ScheduleLog scheduleLog;

    @Inject
    ArticleService articles;

    @Inject
    ArticleDesk desk;

    @Inject
    StaffService staff;

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    PublicUrls urls;

    @Inject
    PreviewLinks previewLinks;

    @Inject
    PublicationTime time;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Flash flash;

    @Inject
    Models models;

    @Inject
    LeadImagePicker leadImages;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @GET
    @Path("new")
    public String blank() {
        return newArticle(new ArticleForm());
    }

    @POST
    @Path("new")
    @CsrfProtected
    public Response create(@BeanParam ArticleForm form) {
        try {
            Article article = articles.create(me(), form.toDraft());
            flash.sayFormSaved("Draft saved as revision 1.");
            return toEditor(article.getId());
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
            return Response.ok(newArticle(form)).build();
        } catch (RuntimeException failure) {
            return held(failure, null, form, EditorAction.SAVE);
        }
    }

    /**
     * The editor, with the story's working draft in the form; or, with {@code ?restore=unsaved},
     * with this person's unsaved text in its place (a page like any other: nothing is saved until
     * they press a button).
     */
    @GET
    @Path("{id:[0-9]+}")
    public String edit(@PathParam("id") long id, @QueryParam("restore") String restore) {
        Article article = articles.get(id);
        models.put("formSaved", flash.takeFormSaved());
        Optional<Autosave> unsaved = autosaves.offer(me(), id);
        if (unsaved.isPresent() && RESTORE_UNSAVED.equals(restore)) {
            models.put("restored", UnsavedOffer.of(article, unsaved.get(), time));
            return editor(article, ArticleForm.ofUnsaved(article, unsaved.get(), time.zone()));
        }
        unsaved.ifPresent(autosave -> models.put("unsaved", UnsavedOffer.of(article, autosave, time)));
        return editor(article, ArticleForm.of(article, time.zone()));
    }

    @POST
    @Path("{id:[0-9]+}")
    @CsrfProtected
    public Response act(@PathParam("id") long id, @BeanParam ArticleForm form) {
        EditorAction action = EditorAction.fromForm(form.getAction()).orElse(EditorAction.SAVE);
        try {
            long version = form.getVersion() == null ? -1 : form.getVersion();
            DeskOutcome outcome = desk.press(me(), id, version, form.toDraft(), move(action, form));
            flash.sayFormSaved(told(outcome));
            forgetUnsavedText(id);
            return toEditor(id);
        } catch (InvalidInputException invalid) {
            models.put("problems", FormProblems.of(invalid));
        } catch (IllegalTransitionException refused) {
            models.put("problems", FormProblems.of(new InvalidInputException("actions", refused.getMessage()).problems()));
        } catch (StaleEditException stale) {
            // Someone saved first. Their version is shown beside this editor's text, which stays in
            // the form; the form now carries the newer version, so saving again is a deliberate merge.
            Article newer = articles.get(id);
            models.put("newer", newer);
            models.put("staleBy", stale.savedBy());
            models.put("staleAt", stale.savedAt().map(time::display).orElse(null));
            form.setVersion(newer.getVersion());
            return Response.ok(editor(newer, form)).build();
        } catch (RuntimeException failure) {
            return held(failure, id, form, action);
        }
        return Response.ok(editor(articles.get(id), form)).build();
    }

    /**
     * What this person's form held is the story's draft now: their autosave is not unsaved text
     * any more. The press has committed; a failure to forget costs nothing worse than an offer
     * of text the story already has, so it does not turn a done press into an error page.
     */
    private void forgetUnsavedText(long id) {
        try {
            autosaves.discard(me(), id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The autosave of article " + id + " was not forgotten after a save", e);
        }
    }

    /**
     * The database did not answer the press: the form comes back as typed, with the reason at the
     * buttons, and 503. Nothing of the editor screen that needs the database (the article's state,
     * the section and author lists) can be shown, so this is a plain form holding every field,
     * whose button presses the same action again. Any other failure is not this method's to answer.
     */
    private Response held(RuntimeException failure, Long id, ArticleForm form, EditorAction action) {
        if (!DatabaseUnavailable.isCauseOf(failure)) {
            throw failure;
        }
        LOG.log(Level.FINE, failure, () -> "The database is not answering: the editor keeps the form of article " + id);
        models.put("articleId", id);
        models.put("form", form.withoutOversizedBody());
        models.put("retry", action.formValue());
        models.put("retryLabel", action.label());
        models.put("me", SignedIn.withoutRecord(me()));
        models.put("problems", FormProblems.of(new InvalidInputException("actions", DATABASE_NOT_ANSWERING).problems()));
        // on the servlet response too: the view is written straight to it, and with the JAX-RS
        // status alone the form came back as 200 (measured)
        DatabaseOutageFilter.answerUnavailable(response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                .entity(HELD_VIEW).build();
    }

    /** The button pressed, with what it needs from the form, read in the publication's zone. */
    private EditorMove move(EditorAction action, ArticleForm form) {
        return switch (action) {
            case SAVE -> new EditorMove.Save();
            case SUBMIT -> new EditorMove.Submit();
            case PUBLISH -> form.publishedInstant(time.zone())
                    .<EditorMove>map(EditorMove.PublishAsOf::new)
                    .orElseGet(EditorMove.Publish::new);
            case PUBLISH_UPDATE -> new EditorMove.PublishUpdate(form.isShowAsUpdated(), form.getUpdateNote());
            case SCHEDULE -> new EditorMove.Schedule(form.scheduledInstant(time.zone()));
            case RETURN_TO_DRAFT -> new EditorMove.ReturnToDraft();
            case UNPUBLISH -> new EditorMove.Unpublish();
        };
    }

    /** What the press did, in the words of the flash message. */
    private String told(DeskOutcome outcome) {
        DeskOutcome.Done done = outcome.done();
        if (done instanceof DeskOutcome.Saved) {
            int revision = outcome.savedAsRevision().orElseThrow();
            return outcome.hasLiveRevision()
                    ? "Changes saved as revision " + revision + ". Readers see them once you publish the update."
                    : "Draft saved as revision " + revision + ".";
        }
        String savedFirst = outcome.savedAsRevision().map(n -> "Changes saved as revision " + n + ". ").orElse("");
        if (done instanceof DeskOutcome.Submitted) {
            return savedFirst + "Submitted for review.";
        } else if (done instanceof DeskOutcome.Published) {
            return savedFirst + "Published: readers now see this version.";
        } else if (done instanceof DeskOutcome.UpdatePublished update) {
            return savedFirst + update.shownUpdate()
                    .map(at -> "Update published: readers see it marked \u201cUpdated: " + time.display(at) + "\u201d.")
                    .orElse("Update published without an \u201cUpdated\u201d time.");
        } else if (done instanceof DeskOutcome.Scheduled scheduled) {
            return savedFirst + "Scheduled to publish at " + time.display(scheduled.publishAt()) + ".";
        } else if (done instanceof DeskOutcome.SentBackToDraft) {
            return savedFirst + "Sent back to draft.";
        } else if (done instanceof DeskOutcome.Unpublished) {
            return savedFirst + "Unpublished: its page now tells readers the story is gone.";
        }
        throw new IllegalArgumentException("Unknown outcome " + done);
    }

    private String newArticle(ArticleForm form) {
        models.put("form", form.withoutOversizedBody());
        models.put("choices", EditorChoices.forNewArticle());
        leadImages.offerForBody();
        options();
        return VIEW;
    }

    private String editor(Article article, ArticleForm form) {
        StaffMember member = staff.getActive(me());
        models.put("article", article);
        models.put("form", form.withoutOversizedBody());
        models.put("choices", EditorChoices.of(member, article));
        models.put("status", article.getStatus().description());
        models.put("publicPath", urls.articlePath(article).orElse(null));
        models.put("firstPublished", article.getFirstPublishedAt().map(time::display).orElse(null));
        models.put("updated", article.shownUpdate().map(time::display).orElse(null));
        models.put("scheduled", article.getScheduledAt().map(time::display).orElse(null));
        models.put("missedSchedule", scheduleLog.failureOf(article).map(ScheduleRecord::getProblem)
                .map(problem -> problem.orElse("")).orElse(null));
        models.put("modified", time.display(article.getModifiedAt()));
        leadImages.show(article);
        Instant now = clock.instant();
        models.put("previewLinks", previewLinks.of(article.getId()).stream()
                .filter(link -> link.isOpenAt(now))
                .map(link -> new SharedPreview(link.getId(), link.getCreatedBy().getDisplayName(),
                        time.display(link.getExpiresAt())))
                .toList());
        options();
        return VIEW;
    }

    /** The choices of the Section and Byline fields: the section tree, indented, and every author. */
    private void options() {
        models.put("sectionOptions", sections.tree().stream()
                .map(section -> new SectionOption(section.getId(), "\u2014 ".repeat(section.depth()) + section.getName()))
                .toList());
        models.put("authorOptions", authors.all());
        models.put("zone", time.zone().getId());
    }

    private Response toEditor(long id) {
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id)).build();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /** A preview link that still opens the draft, for the editor to see and withdraw. */
    public record SharedPreview(long id, String createdBy, String expires) {
        public long getId() {
            return id;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public String getExpires() {
            return expires;
        }
    }

    /** A section in the Section field, indented under its parent. */
    public record SectionOption(long id, String label) {
        public String getId() {
            return String.valueOf(id);
        }

        public String getLabel() {
            return label;
        }
    }
}
