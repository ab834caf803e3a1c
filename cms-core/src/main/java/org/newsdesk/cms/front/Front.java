package org.newsdesk.cms.front;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.staff.StaffMember;

/**
 * The home page's or a section's front: the working arrangement editors change (a lead, then the
 * top stories, in slot order) and which published revision readers see. Changing the arrangement
 * never changes what readers see; publishing does.
 */
@Entity
@Table(name = "front")
public class Front {

    public static final String HOME = "home";
    public static final int TOP_COUNT_DEFAULT = 4;
    public static final int TOP_COUNT_MAXIMUM = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "front_seq")
    @SequenceGenerator(name = "front_seq", sequenceName = "front_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(name = "front_key", nullable = false, updatable = false)
    private String key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id", updatable = false)
    private Section section;

    @Column(name = "top_count", nullable = false)
    private int topCount;

    @ElementCollection
    @CollectionTable(name = "front_slot", joinColumns = @JoinColumn(name = "front_id"))
    private List<FrontSlot> slots = new ArrayList<>();

    @Column(name = "latest_revision_number", nullable = false)
    private int latestRevisionNumber;

    @Column(name = "live_revision_number")
    private Integer liveRevisionNumber;

    @Column(name = "scheduled_revision_number")
    private Integer scheduledRevisionNumber;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scheduled_by")
    private StaffMember scheduledBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by")
    private String modifiedBy;

    protected Front() {
        // for JPA
    }

    private Front(String key, Section section, Instant now) {
        this.key = key;
        this.section = section;
        this.topCount = TOP_COUNT_DEFAULT;
        this.modifiedAt = now;
    }

    public static Front home(Instant now) {
        return new Front(HOME, null, now);
    }

    public static Front of(Section section, Instant now) {
        return new Front(keyOf(section.getId()), section, now);
    }

    /** The key of a section's front; {@link #HOME} is the home page's. */
    public static String keyOf(Long sectionId) {
        return sectionId == null ? HOME : "section-" + sectionId;
    }

    /** Most slots a front holds: the lead and its top stories. */
    public int slotCount() {
        return 1 + topCount;
    }

    /**
     * Puts a story at {@code position} (0: the lead). A story already there and those right after
     * it move one place down, into the next empty place (one pushed past the last place falls
     * back into the stream); a story already elsewhere on the front moves here, leaving its place
     * empty.
     */
    void place(long articleId, String headline, String dek, int position, StaffMember by, Instant now) {
        FrontSlot[] places = places();
        for (int i = 0; i < places.length; i++) {
            if (places[i] != null && places[i].getArticleId() == articleId) {
                places[i] = null;
            }
        }
        int hole = position;
        while (hole < places.length && places[hole] != null) {
            hole++;
        }
        for (int i = Math.min(hole, places.length - 1); i > position; i--) {
            places[i] = places[i - 1];
        }
        places[position] = new FrontSlot(position, articleId, headline, dek);
        arrange(places, by, now);
    }

    /** Moves the story at {@code position} one place up ({@code step} -1) or down (+1), into an empty place or swapping. */
    boolean shift(int position, int step, StaffMember by, Instant now) {
        FrontSlot[] places = places();
        int to = position + step;
        if (position < 0 || position >= places.length || places[position] == null || to < 0 || to >= places.length) {
            return false;
        }
        FrontSlot moving = places[position];
        places[position] = places[to];
        places[to] = moving;
        arrange(places, by, now);
        return true;
    }

    FrontSlot remove(int position, StaffMember by, Instant now) {
        FrontSlot[] places = places();
        FrontSlot removed = requireSlot(places, position);
        places[position] = null;
        arrange(places, by, now);
        return removed;
    }

    void override(int position, long articleId, String headline, String dek, StaffMember by, Instant now) {
        FrontSlot[] places = places();
        FrontSlot slot = requireSlot(places, position);
        if (slot.getArticleId() != articleId) {
            throw new InvalidInputException("headline", "The story at place " + (position + 1)
                    + " is no longer the one this headline was written for: it was moved. Nothing was saved.");
        }
        places[position] = new FrontSlot(position, slot.getArticleId(), headline, dek);
        arrange(places, by, now);
    }

    void changeTopCount(int count, StaffMember by, Instant now) {
        if (count < 0 || count > TOP_COUNT_MAXIMUM) {
            throw new InvalidInputException("topCount", "A front has between 0 and " + TOP_COUNT_MAXIMUM + " top stories.");
        }
        FrontSlot[] places = places();
        topCount = count;
        arrange(java.util.Arrays.copyOf(places, slotCount()), by, now);
    }

    /**
     * Replaces the whole arrangement at once (the content API sends a front as a whole): the top
     * count and every place, {@code places[0]} the lead, null an empty place.
     */
    void rearrange(int count, FrontSlot[] places, StaffMember by, Instant now) {
        if (count < 0 || count > TOP_COUNT_MAXIMUM) {
            throw new InvalidInputException("topCount", "A front has between 0 and " + TOP_COUNT_MAXIMUM + " top stories.");
        }
        topCount = count;
        arrange(java.util.Arrays.copyOf(places, slotCount()), by, now);
    }

    /** The places of the front, 0 the lead; null: empty. */
    public FrontSlot[] places() {
        FrontSlot[] places = new FrontSlot[slotCount()];
        for (FrontSlot slot : slots) {
            if (slot.getPosition() < places.length) {
                places[slot.getPosition()] = slot;
            }
        }
        return places;
    }

    private void arrange(FrontSlot[] places, StaffMember by, Instant now) {
        List<FrontSlot> arranged = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            if (places[i] != null) {
                arranged.add(places[i].at(i));
            }
        }
        slots.clear();
        slots.addAll(arranged);
        touched(by, now);
    }

    /** The arrangement as it is now, as the next revision; the front records it as the latest. */
    FrontRevision snapshot(StaffMember by, Instant now) {
        latestRevisionNumber++;
        return new FrontRevision(this, latestRevisionNumber, topCount, getSlots(), by.getDisplayName(), now);
    }

    /** Readers see {@code revision} from now on; a scheduled one waiting is dropped (this one is newer). */
    void goLive(FrontRevision revision, StaffMember by, Instant now) {
        revision.published(now);
        liveRevisionNumber = revision.getNumber();
        clearSchedule();
        touched(by, now);
    }

    void schedule(FrontRevision revision, Instant at, StaffMember by, Instant now) {
        revision.scheduledFor(at);
        scheduledRevisionNumber = revision.getNumber();
        scheduledAt = at;
        scheduledBy = by;
        touched(by, now);
    }

    void clearSchedule() {
        scheduledRevisionNumber = null;
        scheduledAt = null;
        scheduledBy = null;
    }

    /** Makes a revision's arrangement the working one again; readers see it once it is published. */
    void restore(FrontRevision revision, StaffMember by, Instant now) {
        topCount = revision.getTopCount();
        FrontSlot[] places = new FrontSlot[slotCount()];
        revision.getSlots().stream().filter(slot -> slot.getPosition() < places.length)
                .forEach(slot -> places[slot.getPosition()] = slot);
        arrange(places, by, now);
    }

    private static FrontSlot requireSlot(FrontSlot[] places, int position) {
        if (position < 0 || position >= places.length || places[position] == null) {
            throw new InvalidInputException("current", "That place is empty now; the arrangement below shows what the front holds.");
        }
        return places[position];
    }

    private void touched(StaffMember by, Instant now) {
        modifiedAt = now;
        modifiedBy = by == null ? null : by.getDisplayName();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getKey() {
        return key;
    }

    public Optional<Section> getSection() {
        return Optional.ofNullable(section);
    }

    public boolean isHome() {
        return HOME.equals(key);
    }

    public int getTopCount() {
        return topCount;
    }

    /** The stories placed, by place. */
    public List<FrontSlot> getSlots() {
        return slots.stream().sorted(java.util.Comparator.comparingInt(FrontSlot::getPosition)).toList();
    }

    public int getLatestRevisionNumber() {
        return latestRevisionNumber;
    }

    public Optional<Integer> getLiveRevisionNumber() {
        return Optional.ofNullable(liveRevisionNumber);
    }

    public Optional<Integer> getScheduledRevisionNumber() {
        return Optional.ofNullable(scheduledRevisionNumber);
    }

    public Optional<Instant> getScheduledAt() {
        return Optional.ofNullable(scheduledAt);
    }

    public Optional<StaffMember> getScheduledBy() {
        return Optional.ofNullable(scheduledBy);
    }

    public Instant getModifiedAt() {
        return modifiedAt;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }
}
