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
