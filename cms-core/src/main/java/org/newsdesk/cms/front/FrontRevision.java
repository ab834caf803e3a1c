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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A front's arrangement as it was published (or scheduled): never changed afterwards. */
@Entity
@Table(name = "front_revision")
public class FrontRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "front_revision_seq")
    @SequenceGenerator(name = "front_revision_seq", sequenceName = "front_revision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "front_id", nullable = false, updatable = false)
    private Front front;

    @Column(name = "revision_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "top_count", nullable = false, updatable = false)
    private int topCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "front_revision_slot", joinColumns = @JoinColumn(name = "revision_id"))
    private List<FrontSlot> slots = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "scheduled_for")
    private Instant scheduledFor;

    protected FrontRevision() {
        // for JPA
    }

    FrontRevision(Front front, int number, int topCount, List<FrontSlot> slots, String createdBy, Instant now) {
        this.front = front;
        this.number = number;
        this.topCount = topCount;
        this.slots.addAll(slots);
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void published(Instant now) {
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void scheduledFor(Instant at) {
        scheduledFor = at;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public int getTopCount() {
        return topCount;
    }

    /** The stories placed, by place. */
    public List<FrontSlot> getSlots() {
        return slots.stream().sorted(java.util.Comparator.comparingInt(FrontSlot::getPosition)).toList();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Optional<Instant> getPublishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public Optional<Instant> getScheduledFor() {
        return Optional.ofNullable(scheduledFor);
    }
}
