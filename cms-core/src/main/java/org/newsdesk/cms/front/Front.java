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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
    @OrderColumn(name = "slot_order")
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
     * Puts a story in the slot at {@code position} (0: the lead), moving the stories from there on
     * one place down; a story already on the front moves there instead of appearing twice. A story
     * pushed out of the last slot falls back into the stream.
     */
    void place(FrontSlot slot, int position, StaffMember by, Instant now) {
        slots.removeIf(placed -> placed.getArticleId() == slot.getArticleId());
        slots.add(Math.max(0, Math.min(position, slots.size())), slot);
        while (slots.size() > slotCount()) {
            slots.remove(slots.size() - 1);
        }
        touched(by, now);
    }

    /** Moves the story at {@code position} one place up ({@code step} -1) or down (+1); the ends stay. */
    boolean shift(int position, int step, StaffMember by, Instant now) {
        int to = position + step;
        if (position < 0 || position >= slots.size() || to < 0 || to >= slots.size()) {
            return false;
        }
        Collections.swap(slots, position, to);
        touched(by, now);
        return true;
    }

    FrontSlot remove(int position, StaffMember by, Instant now) {
        FrontSlot removed = slots.remove(requireSlot(position));
        touched(by, now);
        return removed;
    }

    void override(int position, String headline, String dek, StaffMember by, Instant now) {
        FrontSlot slot = slots.get(requireSlot(position));
        slots.set(position, new FrontSlot(slot.getArticleId(), headline, dek));
        touched(by, now);
    }

    void changeTopCount(int count, StaffMember by, Instant now) {
        if (count < 0 || count > TOP_COUNT_MAXIMUM) {
            throw new InvalidInputException("topCount", "A front has between 0 and " + TOP_COUNT_MAXIMUM + " top stories.");
        }
        topCount = count;
        while (slots.size() > slotCount()) {
            slots.remove(slots.size() - 1);
        }
        touched(by, now);
    }

    /** The arrangement as it is now, as the next revision; the front records it as the latest. */
    FrontRevision snapshot(StaffMember by, Instant now) {
        latestRevisionNumber++;
        return new FrontRevision(this, latestRevisionNumber, topCount, slots.stream().map(FrontSlot::copy).toList(),
                by.getDisplayName(), now);
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
        slots.clear();
        revision.getSlots().forEach(slot -> slots.add(slot.copy()));
        topCount = revision.getTopCount();
        touched(by, now);
    }

    private int requireSlot(int position) {
        if (position < 0 || position >= slots.size()) {
            throw new InvalidInputException("slot", "That slot is empty now; the front below shows what it holds.");
        }
        return position;
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

    public List<FrontSlot> getSlots() {
        return Collections.unmodifiableList(slots);
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
