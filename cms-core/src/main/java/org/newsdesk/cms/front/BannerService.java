package org.newsdesk.cms.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;

/**
 * The breaking-news banner: editors put it up (a short line, an optional link, an optional
 * expiry) and take it down. Readers see it on every public page from the next request on
 * (a {@link FrontEvent.BannerChanged} after commit), and no longer once it expires, which needs no
 * event: the public site checks the expiry when it renders and keeps no page with the banner
 * beyond it.
 */
@ApplicationScoped
@Transactional
public class BannerService {

    public static final int TEXT_MAXIMUM = 200;
    public static final int LINK_MAXIMUM = 1000;
    static final String LABEL = "Breaking-news banner";

    @Inject
    FrontRepository fronts;

    @Inject
    StaffService staff;

    @Inject
    Changes changes;

    @Inject
    FrontEvents events;

    @Inject
    Clock clock;

    /** The banner as saved, expired or not (the screen shows an expired one as such). */
    public Optional<Banner> saved() {
        return fronts.banner();
    }

    /** The banner readers see now, if any. */
    public Optional<Banner> shown() {
        Instant now = clock.instant();
        return fronts.banner().filter(banner -> banner.isShownAt(now));
    }

    /**
     * Puts the banner up, or changes it.
     *
     * @param expectedVersion the version the editor's page showed; null when it showed no banner
     * @param link            an address on the web ({@code https://...}) or on this site ({@code /...}); blank for none
     * @param expiresAt       null: until taken down
     */
    public Banner put(String actor, Long expectedVersion, String text, String link, Instant expiresAt) {
        StaffMember editor = editor(actor);
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        String cleanText = Characters.field(text);
        if (cleanText.isEmpty() || cleanText.length() > TEXT_MAXIMUM) {
            problems.add(new FieldProblem("text", "A banner needs a line of at most " + TEXT_MAXIMUM + " characters."));
        }
        String cleanLink = Characters.field(link);
        if (!cleanLink.isEmpty() && !isLink(cleanLink)) {
            problems.add(new FieldProblem("link", "The link must be an address starting with https://, http:// or /."));
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expires", "The banner would expire at once; choose a time in the future, or none."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Optional<Banner> saved = fronts.banner();
        Banner banner;
        if (saved.isPresent()) {
            banner = saved.get();
            if (expectedVersion == null || banner.getVersion() != expectedVersion) {
                throw stale(banner);
            }
            banner.change(cleanText, cleanLink.isEmpty() ? null : cleanLink, expiresAt, editor.getDisplayName(), now);
        } else {
            if (expectedVersion != null) {
                throw new StaleEditException("the breaking-news banner", 0);
            }
            banner = new Banner(cleanText, cleanLink.isEmpty() ? null : cleanLink, expiresAt, editor.getDisplayName(), now);
            fronts.add(banner);
        }
        ChangeWriter.writeNowIfRaced(fronts::flush, () -> Optional.of(new StaleEditException("the breaking-news banner", 0)));
        changes.announce(editor.asActor(), Action.BANNER_SET, Subject.front(null, LABEL),
                "\u201c" + cleanText + "\u201d" + (expiresAt == null ? "" : " until " + expiresAt));
        events.fireAfterCommit(new FrontEvent.BannerChanged(now));
        return banner;
    }

    /** Takes the banner down; nothing to do when there is none. */
    public void takeDown(String actor) {
        StaffMember editor = editor(actor);
        Optional<Banner> saved = fronts.banner();
        if (saved.isEmpty()) {
            return;
        }
        fronts.remove(saved.get());
        fronts.flush();
        changes.announce(editor.asActor(), Action.BANNER_CLEARED, Subject.front(null, LABEL),
                "\u201c" + saved.get().getText() + "\u201d");
        events.fireAfterCommit(new FrontEvent.BannerChanged(clock.instant()));
    }

    private static boolean isLink(String link) {
        if (link.length() > LINK_MAXIMUM || link.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        if (link.startsWith("/") && !link.startsWith("//")) {
            return true;
        }
        try {
            URI uri = new URI(link);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static StaleEditException stale(Banner banner) {
        return new StaleEditException("the breaking-news banner", banner.getSetBy(), banner.getSetAt(), banner.getVersion());
    }

    private StaffMember editor(String actor) {
        StaffMember editor = staff.getActive(actor);
        StaffPolicy.requireEditor(editor, "put up the breaking-news banner");
        return editor;
    }
}
