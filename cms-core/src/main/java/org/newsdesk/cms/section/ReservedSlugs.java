package org.newsdesk.cms.section;

/**
 * The first path segments the public site keeps for its own pages and for the newsroom (its
 * feeds, author pages, the admin UI, the server's endpoints…): a top-level section may not take
 * one as its slug, or its front would be hidden. The core does not know the site's paths; the
 * public path model provides this, and the section rules ask it.
 */
@FunctionalInterface
public interface ReservedSlugs {

    /** Whether a top-level section may not use {@code slug}. */
    boolean isReserved(String slug);
}
