/**
 * URL slugs: how one is made from a headline or a name, what a typed one may contain, and the
 * rule stories, sections and authors share: typed or made from the name, well formed, unique in
 * its scope ({@link org.newsdesk.cms.slug.SlugScope}).
 */
package org.newsdesk.cms.slug;
