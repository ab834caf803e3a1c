/**
 * What readers see, and how it reaches them. {@link org.newsdesk.cms.publish.page.PublicSite} is
 * the pipeline: resolve the URL (301 for an address a story had before, 404 unknown, 410 taken
 * down) → conditional GET (ETag, Last-Modified, 304) → page cache → render from read-only view
 * models → cache. {@link org.newsdesk.cms.publish.page.PublicPages} resolves and reads;
 * {@link org.newsdesk.cms.publish.page.PageRenderer} renders the Thymeleaf templates in
 * {@code templates/public/}, which only ever see records ({@code ArticleView}, {@code FrontView},
 * ...), never entities. Only live revisions become pages, except in
 * {@link org.newsdesk.cms.publish.page.ArticlePreview}, the admin UI's preview of a working draft.
 */
package org.newsdesk.cms.publish.page;
