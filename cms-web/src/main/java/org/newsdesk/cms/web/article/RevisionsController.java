package org.newsdesk.cms.web.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.article.EditorialPolicy;
import org.newsdesk.cms.article.Revision;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.Flash;

/**
 * An article's history: every revision (who, when, note, which one readers see), a word-level
 * comparison of any two, and "Restore", which makes an old revision the new draft without
 * deleting anything.
 */
@Controller
@Path("articles/{id:[0-9]+}/revisions")
@RequestScoped
public class RevisionsController {

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    PublicationTime time;

    @Inject
    SecurityContext security;

    @Inject
    Flash flash;

    @Inject
    Models models;

    @Context
    HttpServletRequest request;

    @PathParam("id")
    long id;

    /**
     * The history; {@code from} and {@code to} choose the revisions to compare, by default the one
     * before the latest and the latest.
     */
    @GET
    public String history(@QueryParam("from") String from, @QueryParam("to") String to) {
        Article article = articles.get(id);
        List<Revision> revisions = articles.revisions(id);
        Revision latest = revisions.get(0);
        Revision after = number(to).flatMap(n -> find(revisions, n)).orElse(latest);
        Revision before = number(from).flatMap(n -> find(revisions, n))
                .orElseGet(() -> find(revisions, after.getNumber() - 1).orElse(after));
        models.put("article", article);
        models.put("revisions", revisions.stream().map(r -> new RevisionLine(r, article, time)).toList());
        models.put("mayRestore", EditorialPolicy.mayEdit(staff.getActive(me()), article));
        models.put("from", before.getNumber());
        models.put("to", after.getNumber());
        models.put("comparison", Comparison.of(before, after));
        return "article-revisions.html";
    }

    @POST
    @Path("{number:[0-9]+}/restore")
    @CsrfProtected
    public Response restore(@PathParam("number") int number, @FormParam("version") long version) {
        try {
            Article article = articles.restore(me(), id, version, number);
            flash.say("Revision " + number + " restored as the new draft, revision "
                    + article.getLatestRevisionNumber() + ". Readers see it once it is published.");
        } catch (StaleEditException stale) {
            flash.say("Not restored: " + stale.savedBy() + " changed the article"
                    + stale.savedAt().map(at -> " at " + time.display(at)).orElse("") + ", after you opened the history. Look at the newest revision, then restore again if you still want to.");
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id + "/revisions")).build();
        } catch (InvalidInputException invalid) {
            flash.say("Not restored: " + invalid.getMessage());
            return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id + "/revisions")).build();
        }
        return Response.seeOther(URI.create(request.getContextPath() + "/admin/articles/" + id)).build();
    }

    private static Optional<Integer> number(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Revision> find(List<Revision> revisions, int number) {
        return revisions.stream().filter(r -> r.getNumber() == number).findFirst();
    }

    private String me() {
        return security.getCallerPrincipal().getName();
    }

    /** One row of the history. */
    public record RevisionLine(int number, String savedBy, String savedAt, String note, boolean live, boolean latest) {

        RevisionLine(Revision revision, Article article, PublicationTime time) {
            this(revision.getNumber(), revision.getSavedBy().getDisplayName(), time.display(revision.getSavedAt()),
                    revision.getNote(),
                    article.getStatus() == ArticleStatus.PUBLISHED
                            && article.getLiveRevision().map(Revision::getNumber).filter(n -> n == revision.getNumber()).isPresent(),
                    revision.getNumber() == article.getLatestRevisionNumber());
        }

        public int getNumber() {
            return number;
        }

        public String getSavedBy() {
            return savedBy;
        }

        public String getSavedAt() {
            return savedAt;
        }

        public String getNote() {
            return note;
        }

        public boolean isLive() {
            return live;
        }

        public boolean isLatest() {
            return latest;
        }
    }

    /** Two revisions side by side, field by field. */
    public record Comparison(WordDiff headline, WordDiff dek, WordDiff keywords, WordDiff section, WordDiff bylines,
                             WordDiff slug, WordDiff body) {

        static Comparison of(Revision before, Revision after) {
            return new Comparison(
                    WordDiff.ofText(before.getHeadline(), after.getHeadline()),
                    WordDiff.ofText(before.getDek(), after.getDek()),
                    WordDiff.ofText(String.join(", ", before.getKeywords()), String.join(", ", after.getKeywords())),
                    WordDiff.ofText(before.getSection().getName(), after.getSection().getName()),
                    WordDiff.ofText(names(before), names(after)),
                    WordDiff.ofText(before.getSlug(), after.getSlug()),
                    WordDiff.ofBody(before.getBody(), after.getBody()));
        }

        private static String names(Revision revision) {
            return revision.getBylines().stream().map(Author::getName).collect(Collectors.joining(", "));
        }

        public List<Field> getFields() {
            return List.of(new Field("Headline", headline), new Field("Dek", dek), new Field("Keywords", keywords),
                    new Field("Section", section),
                    new Field("Bylines", bylines), new Field("Slug", slug), new Field("Body", body));
        }
    }

    public record Field(String name, WordDiff diff) {
        public String getName() {
            return name;
        }

        public WordDiff getDiff() {
            return diff;
        }
    }
}
