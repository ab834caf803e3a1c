package org.newsdesk.cms.web.front;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.front.Banner;
import org.newsdesk.cms.front.BannerService;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontLayout;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.front.FrontSlot;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.Flash;
import org.newsdesk.cms.web.support.FormNumbers;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The curation screen, for editors: the fronts (the home page and each section's), then one front's
 * working arrangement beside a preview of what readers would see, stories to place found by their
 * headline (a plain GET form), Move up and Move down buttons, overrides, Publish, Schedule and the
 * revisions with Restore; and the breaking-news banner. Every change is a CSRF-protected POST
 * carrying the front's version, answered with a redirect back (post/redirect/get), or with the
 * screen again, what the editor typed kept and each problem at its field.
 */
@Controller
@Path("fronts")
@RequestScoped
public class FrontsController {

    /** How {@code <input type="datetime-local">} writes a time: minutes, no zone. */
    static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** How many stories of the stream the preview shows under the top stories. */
    static final int PREVIEW_STREAM = 5;

    @Inject
    FrontService fronts;

    @Inject
    BannerService banners;

    @Inject
    SectionService sections;

    @Inject
    StaffService staff;

    @Inject
    PublicationTime time;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    @Inject
    Models models;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    public String list() {
        requireEditor();
        List<FrontChoice> choices = new ArrayList<>();
        choices.add(new FrontChoice(Front.HOME, "Home page", "/"));
        sections.tree().forEach(section -> choices.add(new FrontChoice(Front.keyOf(section.getId()),
                section.getName(), "/" + section.path() + "/")));
        models.put("fronts", choices);
        Banner banner = banners.saved().orElse(null);
        models.put("banner", banner);
        if (!models.asMap().containsKey("bannerForm")) {
            models.put("bannerForm", banner == null ? new BannerForm("", "", "")
                    : new BannerForm(banner.getText(), banner.getLink().orElse(""),
                    banner.getExpiresAt().map(this::localInput).orElse("")));
        }
        models.put("bannerShown", banners.shown().isPresent());
        models.put("bannerExpiry", banner == null ? null : banner.getExpiresAt().map(time::display).orElse(null));
        return "fronts/list.html";
    }

    /** A front public choice: its key, its name and its public address. */
    public record FrontChoice(String key, String name, String address) {
    }

    /** The banner form as typed. */
    public record BannerForm(String text, String link, String expires) {
    }

    @POST
    @Path("banner")
    @CsrfProtected
    public Response putBanner(@FormParam("version") String version, @FormParam("text") String text,
                              @FormParam("link") String link, @FormParam("expires") String expires) {
        try {
            Instant expiresAt = instant(expires, "expires", "Enter the expiry as date and time, or leave it empty.");
            banners.put(actor(), version == null || version.isBlank() ? null : FormNumbers.version(version), text, link,
                    expiresAt);
            flash.say("The breaking-news banner is up on every public page" + (expiresAt == null ? "."
                    : " until " + time.display(expiresAt) + "."));
            return Response.seeOther(uri("/admin/fronts")).build();
        } catch (InvalidInputException | StaleEditException refused) {
            models.put("problems", FormProblems.of(problems(refused, "text")));
            models.put("bannerForm", new BannerForm(text, link, expires));
            return Response.ok(list()).build();
        }
    }

    @POST
    @Path("banner/take-down")
    @CsrfProtected
    public Response takeDownBanner() {
        banners.takeDown(actor());
        flash.say("The breaking-news banner is down.");
        return Response.seeOther(uri("/admin/fronts")).build();
    }

    @GET
    @Path("{key}")
    public String front(@PathParam("key") String key, @QueryParam("q") String query) {
        requireEditor();
        return screen(fronts.get(key), query, Map.of(), null);
    }

    @POST
    @Path("{key}/place")
    @CsrfProtected
    public Response place(@PathParam("key") String key, @FormParam("version") String version,
                          @FormParam("article") String article, @FormParam("position") String position,
                          @FormParam("q") String query) {
        try {
            Front front = fronts.place(actor(), key, FormNumbers.version(version), number(article, "story"),
                    (int) number(position, "position"));
            int place = (int) number(position, "position");
            flash.say("Placed the story " + (place == 0 ? "as the lead." : "among the top stories.")
                    + " Publish the front for readers to see it.");
            return back(front.getKey(), query);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, query, refused, Map.of(), null);
        }
    }

    @POST
    @Path("{key}/move-up")
    @CsrfProtected
    public Response moveUp(@PathParam("key") String key, @FormParam("version") String version,
                           @FormParam("position") String position) {
        return shift(key, version, position, true);
    }

    @POST
    @Path("{key}/move-down")
    @CsrfProtected
    public Response moveDown(@PathParam("key") String key, @FormParam("version") String version,
                             @FormParam("position") String position) {
        return shift(key, version, position, false);
    }

    @POST
    @Path("{key}/remove")
    @CsrfProtected
    public Response remove(@PathParam("key") String key, @FormParam("version") String version,
                           @FormParam("position") String position) {
        try {
            Front front = fronts.remove(actor(), key, FormNumbers.version(version), (int) number(position, "position"));
            flash.say("Took the story off the front; the stream fills its place.");
            return back(front.getKey(), null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    @POST
    @Path("{key}/override")
    @CsrfProtected
    public Response override(@PathParam("key") String key, @FormParam("version") String version,
                             @FormParam("position") String position, @FormParam("article") String article,
                             @FormParam("headline") String headline, @FormParam("dek") String dek) {
        long story = -1;
        try {
            int place = (int) number(position, "position");
            story = number(article, "story");
            Front front = fronts.override(actor(), key, FormNumbers.version(version), place, story, headline, dek);
            flash.say("Saved the headline and dek for this front. Publish the front for readers to see them.");
            return back(front.getKey(), null);
        } catch (InvalidInputException | StaleEditException refused) {
            // kept with the story it was written for, wherever that story is now
            return again(key, null, refused, story < 0 ? Map.of() : Map.of(story, new String[] {headline, dek}), null);
        }
    }

    @POST
    @Path("{key}/top-count")
    @CsrfProtected
    public Response topCount(@PathParam("key") String key, @FormParam("version") String version,
                             @FormParam("topCount") String topCount) {
        try {
            Front front = fronts.changeTopCount(actor(), key, FormNumbers.version(version), (int) number(topCount, "topCount"));
            flash.say("The front now has " + front.getTopCount() + " top stories after the lead.");
            return back(front.getKey(), null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    @POST
    @Path("{key}/publish")
    @CsrfProtected
    public Response publish(@PathParam("key") String key, @FormParam("version") String version) {
        try {
            // publishing replaces a schedule waiting (the arrangement goes live now): say so
            String cancelled = fronts.get(key).getScheduledAt().map(time::display).orElse(null);
            int number = fronts.publish(actor(), key, FormNumbers.version(version)).getNumber();
            flash.say("Published: readers see this arrangement now (revision " + number + ")."
                    + (cancelled == null ? "" : " The schedule for " + cancelled + " is cancelled."));
            return back(key, null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    @POST
    @Path("{key}/schedule")
    @CsrfProtected
    public Response schedule(@PathParam("key") String key, @FormParam("version") String version,
                             @FormParam("at") String at) {
        try {
            Instant when = instant(at, "at", "Enter the time as date and time.");
            int number = fronts.schedule(actor(), key, FormNumbers.version(version), when).getNumber();
            flash.say("Scheduled: this arrangement (revision " + number + ") goes live at " + time.display(when) + ".");
            return back(key, null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), at);
        }
    }

    @POST
    @Path("{key}/cancel-schedule")
    @CsrfProtected
    public Response cancelSchedule(@PathParam("key") String key, @FormParam("version") String version) {
        try {
            fronts.cancelSchedule(actor(), key, FormNumbers.version(version));
            flash.say("The schedule is cancelled; readers keep seeing the published arrangement.");
            return back(key, null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    @POST
    @Path("{key}/restore")
    @CsrfProtected
    public Response restore(@PathParam("key") String key, @FormParam("version") String version,
                            @FormParam("revision") String revision) {
        try {
            int number = (int) number(revision, "revision");
            fronts.restore(actor(), key, FormNumbers.version(version), number);
            flash.say("Revision " + number + " is the working arrangement again. Publish the front for readers to see it.");
            return back(key, null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    private Response shift(String key, String version, String position, boolean up) {
        try {
            long expected = FormNumbers.version(version);
            int place = (int) number(position, "position");
            Front front = up ? fronts.moveUp(actor(), key, expected, place) : fronts.moveDown(actor(), key, expected, place);
            flash.say("Moved the story " + (up ? "up." : "down.") + " Publish the front for readers to see it.");
            return back(front.getKey(), null);
        } catch (InvalidInputException | StaleEditException refused) {
            return again(key, null, refused, Map.of(), null);
        }
    }

    /** The screen again after a refusal: what is saved now, with what the editor typed kept in its field. */
    /**
     * @param typed a headline and dek typed, by the id of the story they were written for: shown
     *              beside that story wherever it is now, never beside another
     */
    private Response again(String key, String query, EditorialException refusal, Map<Long, String[]> typed,
                           String typedAt) {
        Front front = fronts.get(key);
        // where the story the typed text belongs to is now (-1: no longer on this front)
        int now = -1;
        FrontSlot[] places = front.places();
        for (int i = 0; i < places.length && !typed.isEmpty(); i++) {
            if (places[i] != null && typed.containsKey(places[i].getArticleId())) {
                now = i;
            }
        }
        String lost = "";
        if (!typed.isEmpty() && now < 0) {
            String[] kept = typed.values().iterator().next();
            lost = " The story you wrote a headline for is no longer on this front; what you typed: \u201c"
                    + nullToEmpty(kept[0]) + "\u201d, \u201c" + nullToEmpty(kept[1]) + "\u201d.";
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (refusal instanceof InvalidInputException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                // an override's fields are one pair per slot: the message goes to that story's fields
                boolean override = problem.field().equals("headline") || problem.field().equals("dek");
                String field = !override ? problem.field() : now >= 0 ? problem.field() + "-" + now : "current";
                problems.add(new FieldProblem(field, problem.message() + (field.equals("current") ? lost : "")));
            }
        } else {
            problems.add(new FieldProblem("current", refusal.getMessage()
                    + " The arrangement below is the one saved now" + (now < 0 && typedAt == null ? "." + lost
                    : "; what you typed is kept in its field. Send it again to apply it to this arrangement.")));
        }
        models.put("problems", FormProblems.of(problems));
        return Response.ok(screen(front, query, typed, typedAt)).build();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private String screen(Front front, String query, Map<Long, String[]> typed, String typedAt) {
        List<FrontSlot> slots = front.getSlots();
        Map<Long, StoryListing> live = fronts.liveStories(slots);
        FrontSlot[] places = front.places();
        List<SlotRow> rows = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            SlotRow row = SlotRow.of(i, places.length, places[i], places[i] == null ? null : live.get(places[i].getArticleId()));
            String[] kept = places[i] == null ? null : typed.get(places[i].getArticleId());
            rows.add(kept == null ? row : row.typed(kept[0], kept[1]));
        }
        models.put("front", front);
        models.put("name", fronts.nameOf(front));
        models.put("address", front.getSection().map(section -> "/" + section.path() + "/").orElse("/"));
        models.put("rows", rows);
        models.put("places", placeChoices(front));
        // the preview: what readers would see if this arrangement were published now
        List<StoryListing> latest = new ArrayList<>(fronts.latest(front, front.slotCount() + PREVIEW_STREAM));
        models.put("preview", FrontLayout.fill(slots, live, front.getTopCount(), latest, PREVIEW_STREAM));
        String cleanQuery = query == null ? "" : query.strip();
        models.put("query", cleanQuery);
        models.put("results", fronts.searchLive(cleanQuery));
        models.put("revisions", fronts.revisions(front.getKey()).stream().map(revision -> new RevisionRow(
                revision.getNumber(), time.display(revision.getCreatedAt()), revision.getCreatedBy(),
                revision.getPublishedAt().map(time::display).orElse(null),
                revision.getScheduledFor().map(time::display).orElse(null),
                front.getLiveRevisionNumber().filter(number -> number == revision.getNumber()).isPresent(),
                revision.getSlots().size())).toList());
        models.put("scheduledAt", front.getScheduledAt().map(time::display).orElse(null));
        models.put("scheduleInput", typedAt != null ? typedAt
                : localInput(front.getScheduledAt().orElse(clock.instant().plus(1, ChronoUnit.HOURS))));
        return "fronts/front.html";
    }

    /** A revision as the list shows it. */
    public record RevisionRow(int number, String created, String createdBy, String published, String scheduledFor,
                              boolean live, int stories) {
    }

    /** The places a found story can go: the lead, then each top story. */
    private static List<Place> placeChoices(Front front) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < front.slotCount(); i++) {
            places.add(new Place(i, i == 0 ? "Lead" : "Top story " + i));
        }
        return places;
    }

    public record Place(int position, String label) {
    }

    private static List<FieldProblem> problems(EditorialException refused, String staleField) {
        if (refused instanceof InvalidInputException invalid) {
            return invalid.problems();
        }
        return List.of(new FieldProblem(staleField, refused.getMessage()
                + " The form shows what you typed; send it again to replace what is saved now."));
    }

    private Instant instant(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDateTime.parse(value.strip()), time.zone()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, message);
        }
    }

    private String localInput(Instant instant) {
        return LOCAL_INPUT.format(time.local(instant).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "Choose " + switch (field) {
                case "story" -> "a story to place.";
                case "topCount" -> "how many top stories follow the lead: a number.";
                case "revision" -> "a revision to restore.";
                default -> "a place on the front.";
            });
        }
    }

    private Response back(String key, String query) {
        String search = query == null || query.isBlank() ? "" : "?q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8);
        return Response.seeOther(uri("/admin/fronts/" + key + search + "#current")).build();
    }

    private URI uri(String path) {
        return URI.create(request.getContextPath() + path);
    }

    /** The screen is for editors; a writer who types its address is refused like a crafted POST. */
    private void requireEditor() {
        StaffPolicy.requireEditor(staff.getActive(actor()), "arrange fronts");
    }

    private String actor() {
        return security.getCallerPrincipal().getName();
    }
}
