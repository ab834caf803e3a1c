package org.newsdesk.cms.slug;

import java.util.Optional;

/**
 * Where a slug must be unique, and what else it may not be there: the stories of one section, the
 * subsections of one parent, all authors. {@link Slugs#choose} asks it.
 */
public interface SlugScope {

    /**
     * Who else uses the slug here, as a refusal names them: "Another story in Metro", "“Metro” at
     * the top level". Empty when the slug is free.
     */
    Optional<String> holderOf(String slug);

    /**
     * Why this scope refuses a well-formed slug although nobody holds it (a top-level section
     * cannot take an address the site itself answers at), worded for a slug the editor
     * {@code typed} or one made from the name; empty when it does not.
     */
    default Optional<String> refusal(String slug, boolean typed) {
        return Optional.empty();
    }

    /**
     * Whether a slug made from the name, when taken, gets the first free number ({@code budget-2})
     * rather than a request to type one. Headlines repeat from day to day; two sections or two
     * authors of one name are better told apart by a slug someone chose.
     */
    default boolean numbersMadeSlugs() {
        return false;
    }
}
