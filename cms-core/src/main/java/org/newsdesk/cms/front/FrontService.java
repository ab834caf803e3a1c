package org.newsdesk.cms.front;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.article.ArticleRepository;
import org.newsdesk.cms.article.StoryListing;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionTree;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;

/**
 * Editors arrange fronts: place a story (as the lead or among the top stories), move it, take it
 * off, override its headline and dek on this front only, set how many top stories follow the lead,
 * then publish the arrangement, now or at a set time. Every change carries the version of the
 * front the editor's page showed, as articles do: a change made on a page someone else has since
 * changed is refused and the editor told who changed it.
 *
 * <p>A front that was never arranged has no row; the first change makes it (at version 0).
 *
 * <p>Reads run in a transaction too: after a Hazelcast operation on the same thread (a page
 * cache eviction after a publish), Payara has closed the thread's non-transactional
 * EntityManager, and a read outside a transaction fails.
 */
@ApplicationScoped
@Transactional
public class FrontService {

    public static final int HEADLINE_MAXIMUM = 300;
    public static final int DEK_MAXIMUM = 500;
    public static final int SEARCH_RESULTS = 20;

    @Inject
    FrontRepository fronts;

    @Inject
    SectionRepository sections;

    @Inject
    ArticleRepository articles;

    @Inject
    StaffService staff;

    @Inject
    Changes changes;

    @Inject
    FrontEvents events;

    @Inject
    Clock clock;

    /**
     * The front with this key as it is saved, or a new one (not saved, version 0) if nobody has
     * arranged it yet.
     */
    public Front get(String key) {
        return fronts.findByKey(key).orElseGet(() -> fresh(key));
    }

    public Optional<Front> find(String key) {
        return fronts.findByKey(key);
    }

    /** What the front is called on screens and in the audit log. */
    public String nameOf(Front front) {
        return front.getSection().map(section -> "the " + section.getName() + " front").orElse("the home page");
    }

    public List<FrontRevision> revisions(String key) {
        return fronts.findByKey(key).map(fronts::revisions).orElse(List.of());
    }

    /** Live stories for placing, by words of their headline. */
    public List<StoryListing> searchLive(String text) {
        String clean = Characters.field(text);
        return clean.isEmpty() ? List.of() : fronts.searchLive(clean, SEARCH_RESULTS);
    }

    /** The latest live stories of the front's scope (its section and those below; the home page: all). */
    public List<StoryListing> latest(Front front, int limit) {
        List<Long> scope = front.getSection().map(section -> new SectionTree(sections.all()).withDescendants(section))
                .orElse(null);
        return articles.listPublished(scope, 0, limit);
    }

    /** The live stories among those a front places, by article id. */
    public Map<Long, StoryListing> liveStories(List<FrontSlot> slots) {
        return slots.isEmpty() ? Map.of() : fronts.liveStories(slots.stream().map(FrontSlot::getArticleId).toList());
    }

    /** The slots readers see: the live revision's, or none when the front was never published. */
    public Optional<FrontRevision> liveRevision(String key) {
        return fronts.findByKey(key).flatMap(front -> front.getLiveRevisionNumber()
                .flatMap(number -> fronts.revision(front, number)));
    }

    /** The front's working arrangement, for an editor: as {@link #get}, refused to other roles. */
    public Front getFor(String actor, String key) {
        editor(actor);
        return get(key);
    }

    /**
     * The front with this key as readers see it now: its published arrangement, of which only live
     * stories, the empty places filled from the latest stories of its scope, then a stream of
     * {@code streamSize} more. Unknown key: {@link NotFoundException}.
     */
    public FrontLayout published(String key, int streamSize) {
        Front front = get(key);
        Optional<FrontRevision> live = liveRevision(key);
        List<FrontSlot> slots = live.map(FrontRevision::getSlots).orElse(List.of());
        int topCount = live.map(FrontRevision::getTopCount).orElse(Front.TOP_COUNT_DEFAULT);
        return FrontLayout.fill(slots, liveStories(slots), topCount, latest(front, 1 + topCount + streamSize), streamSize);
    }

    /**
     * Replaces the whole working arrangement: the number of top stories and the story (with its
     * front-only headline and dek) at each place; places not named are empty. Every story must be
     * live, at one place only; nothing is saved when one is not.
     */
    public Front arrange(String actor, String key, long expectedVersion, int topCount, List<FrontSlot> slots) {
        StaffMember editor = editor(actor);
        if (topCount < 0 || topCount > Front.TOP_COUNT_MAXIMUM) {
            throw new InvalidInputException("topCount", "A front has between 0 and " + Front.TOP_COUNT_MAXIMUM + " top stories.");
        }
        FrontSlot[] places = new FrontSlot[1 + topCount];
        java.util.Set<Long> stories = new java.util.HashSet<>();
        for (FrontSlot slot : slots) {
            int at = slot.getPosition();
            if (at < 0 || at >= places.length) {
                throw new InvalidInputException("slots", "Place " + (at + 1) + " is not on this front: it has the lead and "
                        + (places.length - 1) + " top stories.");
            }
            if (places[at] != null) {
                throw new InvalidInputException("slots", "Two stories are given for place " + (at + 1) + ".");
            }
            if (!stories.add(slot.getArticleId())) {
                throw new InvalidInputException("slots", "Story " + slot.getArticleId() + " is given twice: a story has one place on a front.");
            }
            String headline = Characters.field(slot.getHeadline());
            String dek = Characters.field(slot.getDek());
            if (headline.length() > HEADLINE_MAXIMUM) {
                throw new InvalidInputException("headline", "A headline on a front has at most " + HEADLINE_MAXIMUM + " characters.");
            }
            if (dek.length() > DEK_MAXIMUM) {
                throw new InvalidInputException("dek", "A dek on a front has at most " + DEK_MAXIMUM + " characters.");
            }
            places[at] = new FrontSlot(at, slot.getArticleId(), headline.isEmpty() ? null : headline, dek.isEmpty() ? null : dek);
        }
        Map<Long, StoryListing> live = stories.isEmpty() ? Map.of() : fronts.liveStories(List.copyOf(stories));
        for (Long story : stories) {
            if (!live.containsKey(story)) {
                throw new InvalidInputException("slots", "Only a live story can be placed on a front; story " + story + " is not live.");
            }
        }
        Front front = editable(key, expectedVersion);
        front.rearrange(topCount, places, editor, clock.instant());
        return saved(editor, front, "arranged as a whole: " + stories.size() + " stor" + (stories.size() == 1 ? "y" : "ies")
                + ", " + topCount + " top stories");
    }

    /** Puts a live story at {@code position} (0: the lead); one already on the front moves there. */
    public Front place(String actor, String key, long expectedVersion, long articleId, int position) {
        StaffMember editor = editor(actor);
        if (fronts.liveStories(List.of(articleId)).isEmpty()) {
            throw new InvalidInputException("story", "Only a live story can be placed on a front; that one is not live.");
        }
        Front front = editable(key, expectedVersion);
        if (position < 0 || position >= front.slotCount()) {
            throw new InvalidInputException("position", "Choose the lead or one of the " + front.getTopCount() + " top stories.");
        }
        Optional<FrontSlot> before = front.getSlots().stream().filter(slot -> slot.getArticleId() == articleId).findFirst();
        front.place(articleId, before.map(FrontSlot::getHeadline).orElse(null), before.map(FrontSlot::getDek).orElse(null),
                position, editor, clock.instant());
        return saved(editor, front, "placed story " + articleId + (position == 0 ? " as the lead" : " at place " + (position + 1)));
    }

    public Front moveUp(String actor, String key, long expectedVersion, int position) {
        return shift(actor, key, expectedVersion, position, -1);
    }

    public Front moveDown(String actor, String key, long expectedVersion, int position) {
        return shift(actor, key, expectedVersion, position, +1);
    }

    public Front remove(String actor, String key, long expectedVersion, int position) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        FrontSlot removed = front.remove(position, editor, clock.instant());
        return saved(editor, front, "took story " + removed.getArticleId() + " off");
    }

    /**
     * Sets the headline and dek this front shows for the story at {@code position}; blank: the
     * story's own. Refused when {@code articleId} is no longer the story there: a headline is
     * written for one story and must never land on another.
     */
    public Front override(String actor, String key, long expectedVersion, int position, long articleId,
                          String headline, String dek) {
        StaffMember editor = editor(actor);
        String cleanHeadline = Characters.field(headline);
        String cleanDek = Characters.field(dek);
        if (cleanHeadline.length() > HEADLINE_MAXIMUM) {
            throw new InvalidInputException("headline", "A headline on a front has at most " + HEADLINE_MAXIMUM + " characters.");
        }
        if (cleanDek.length() > DEK_MAXIMUM) {
            throw new InvalidInputException("dek", "A dek on a front has at most " + DEK_MAXIMUM + " characters.");
        }
        Front front = editable(key, expectedVersion);
        front.override(position, articleId, cleanHeadline.isEmpty() ? null : cleanHeadline, cleanDek.isEmpty() ? null : cleanDek,
                editor, clock.instant());
        return saved(editor, front, "headline and dek at place " + (position + 1));
    }

    public Front changeTopCount(String actor, String key, long expectedVersion, int topCount) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        front.changeTopCount(topCount, editor, clock.instant());
        return saved(editor, front, topCount + " top stories");
    }

    /** Readers see the arrangement as it is now, from the next request on: one new revision. */
    public FrontRevision publish(String actor, String key, long expectedVersion) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        Instant now = clock.instant();
        FrontRevision revision = front.snapshot(editor, now);
        fronts.add(revision);
        front.goLive(revision, editor, now);
        flushChecked(front);
        announce(editor, Action.FRONT_PUBLISHED, front, "revision " + revision.getNumber());
        events.fireAfterCommit(new FrontEvent.FrontPublished(front.getId(), sectionId(front), now));
        return revision;
    }

    /**
     * The arrangement as it is now goes live at {@code at}, published by the schedule as this editor
     * (exactly once, whichever instance gets there: see {@link DueFrontRelease}). A schedule set
     * before is replaced.
     */
    public FrontRevision schedule(String actor, String key, long expectedVersion, Instant at) {
        StaffMember editor = editor(actor);
        Instant now = clock.instant();
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException("at", "Choose a time in the future for the front to go live.");
        }
        Front front = editable(key, expectedVersion);
        FrontRevision revision = front.snapshot(editor, now);
        fronts.add(revision);
        front.schedule(revision, at, editor, now);
        flushChecked(front);
        announce(editor, Action.FRONT_SCHEDULED, front, "revision " + revision.getNumber() + " at " + at);
        return revision;
    }

    public Front cancelSchedule(String actor, String key, long expectedVersion) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        front.clearSchedule();
        return saved(editor, front, "schedule cancelled");
    }

    /** A revision's arrangement becomes the working one again, to publish (or change first). */
    public Front restore(String actor, String key, long expectedVersion, int number) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        FrontRevision revision = fronts.revision(front, number)
                .orElseThrow(() -> new NotFoundException("Front revision", number));
        front.restore(revision, editor, clock.instant());
        flushChecked(front);
        announce(editor, Action.FRONT_RESTORED, front, "revision " + number);
        return front;
    }

    private Front shift(String actor, String key, long expectedVersion, int position, int step) {
        StaffMember editor = editor(actor);
        Front front = editable(key, expectedVersion);
        if (!front.shift(position, step, editor, clock.instant())) {
            return front;
        }
        return saved(editor, front, "moved place " + (position + 1) + (step < 0 ? " up" : " down"));
    }

    private Front saved(StaffMember editor, Front front, String detail) {
        flushChecked(front);
        announce(editor, Action.FRONT_ARRANGED, front, detail);
        return front;
    }

    /** The front, after checking that the editor has seen its current version; made on the first change. */
    private Front editable(String key, long expectedVersion) {
        Optional<Front> saved = fronts.findByKey(key);
        if (saved.isEmpty()) {
            Front front = fresh(key);
            if (expectedVersion != 0) {
                throw stale(front);
            }
            fronts.add(front);
            return front;
        }
        Front front = saved.get();
        if (front.getVersion() != expectedVersion) {
            throw stale(front);
        }
        return front;
    }

    private Front fresh(String key) {
        Instant now = clock.instant();
        if (Front.HOME.equals(key)) {
            return Front.home(now);
        }
        Section section = sectionOf(key).orElseThrow(() -> new NotFoundException("Front", key));
        return Front.of(section, now);
    }

    private Optional<Section> sectionOf(String key) {
        if (key == null || !key.startsWith("section-")) {
            return Optional.empty();
        }
        try {
            return sections.find(Long.parseLong(key.substring("section-".length())));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private StaleEditException stale(Front front) {
        return new StaleEditException(nameOf(front), front.getModifiedBy(), front.getModifiedAt(), front.getVersion());
    }

    /** Written now: a change someone committed after the version check (or a front made twice) is a stale edit. */
    private void flushChecked(Front front) {
        ChangeWriter.writeNowIfRaced(fronts::flush, () -> Optional.of(new StaleEditException(nameOf(front), front.getVersion())));
    }

    private StaffMember editor(String actor) {
        StaffMember editor = staff.getActive(actor);
        StaffPolicy.requireEditor(editor, "arrange fronts");
        return editor;
    }

    private void announce(StaffMember editor, Action action, Front front, String detail) {
        changes.announce(editor.asActor(), action, Subject.front(front.getId(), capitalised(nameOf(front))), detail);
    }

    static Long sectionId(Front front) {
        return front.getSection().map(Section::getId).orElse(null);
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
