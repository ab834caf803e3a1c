package org.newsdesk.cms.author;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A name that appears in bylines. Not necessarily staff: a guest contributor has an author page
 * but no login.
 */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    @SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String slug;

    private String bio;

    protected Author() {
        // for JPA
    }

    public Author(String name, String slug, String bio) {
        this.name = Objects.requireNonNull(name);
        this.slug = Objects.requireNonNull(slug);
        this.bio = bio;
    }

    /**
     * Rewrites what readers see on the author page and in bylines. A new slug changes the author
     * page's address; the service has checked that no other author uses it.
     */
    public void reviseProfile(String newName, String newSlug, String newBio) {
        this.name = Objects.requireNonNull(newName);
        this.slug = Objects.requireNonNull(newSlug);
        this.bio = newBio;
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

    public String getBio() {
        return bio;
    }

    @Override
    public String toString() {
        return "Author[" + slug + "]";
    }
}
