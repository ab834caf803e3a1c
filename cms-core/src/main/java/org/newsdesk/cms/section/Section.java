package org.newsdesk.cms.section;

import jakarta.persistence.Column;
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
import java.util.Objects;
import java.util.Optional;
import org.newsdesk.cms.shared.InvalidInputException;

/** A desk's part of the site ("Politics", "Politics / Elections"); each has its own section front. */
@Entity
@Table(name = "section")
public class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
    @SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Section() {
        // for JPA
    }

    public Section(String name, String slug, Section parent, int position) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.parent = parent;
        this.position = position;
    }

    /**
     * Renames the section. A new slug changes the public address of the section front and of every
     * story in it or below it; the service has checked that the slug is free among the siblings.
     */
    public void rename(String newName, String newSlug) {
        this.name = Objects.requireNonNull(newName);
        this.slug = Objects.requireNonNull(newSlug);
    }

    /**
     * Moves the section, with everything below it, under another parent (or to the top level when
     * {@code newParent} is null), last among its new siblings at {@code newPosition}. A section
     * cannot move under itself or one of its own subsections: the tree would become a loop.
     */
    public void moveUnder(Section newParent, int newPosition) {
        requireMayMoveUnder(newParent);
        this.parent = newParent;
        this.position = newPosition;
    }

    /** Refuses a new parent that is this section or lies below it. */
    public void requireMayMoveUnder(Section newParent) {
        if (newParent != null && newParent.isWithin(this)) {
            throw new InvalidInputException("parent", newParent.isSameAs(this)
                    ? "A section cannot move under itself."
                    : "\u201c" + name + "\u201d cannot move under \u201c" + newParent.getName()
                            + "\u201d, which is one of its own subsections.");
        }
    }

    /** Places the section among its siblings; lower comes first. */
    public void placeAt(int newPosition) {
        this.position = newPosition;
    }

    /** Whether this section is {@code other} or lies somewhere below it. */
    public boolean isWithin(Section other) {
        // through the getter: the parent is loaded lazily
        for (Section s = this; s != null; s = s.getParent().orElse(null)) {
            if (s.isSameAs(other)) {
                return true;
            }
        }
        return false;
    }

    /** How far below the top level: 0 for a top-level section. */
    public int depth() {
        return parent == null ? 0 : parent.depth() + 1;
    }

    /** The same section: one object in a persistence context, or the same stored row. */
    private boolean isSameAs(Section other) {
        return this == other || (id != null && other != null && id.equals(other.id));
    }

    /** The slugs from the top-level section down to this one: {@code politics/elections}. */
    public String path() {
        return parent == null ? slug : parent.path() + "/" + slug;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public Optional<Section> getParent() {
        return Optional.ofNullable(parent);
    }

    public int getPosition() {
        return position;
    }

    @Override
    public String toString() {
        return "Section[" + path() + "]";
    }
}
