package org.newsdesk.cms.web.author;

import org.newsdesk.cms.author.Author;

/** What the author form shows: as saved, or as the editor typed it when it was refused. */
public final class AuthorForm {

    private final String name;
    private final String slug;
    private final String bio;

    public AuthorForm(String name, String slug, String bio) {
        this.name = name == null ? "" : name;
        this.slug = slug == null ? "" : slug;
        this.bio = bio == null ? "" : bio;
    }

    public static AuthorForm of(Author author) {
        return new AuthorForm(author.getName(), author.getSlug(), author.getBio());
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

    /** How long the bio is, as the length limit counts it (a line break is one character). */
    public int getBioLength() {
        return bio.replace("\r\n", "\n").strip().length();
    }
}
