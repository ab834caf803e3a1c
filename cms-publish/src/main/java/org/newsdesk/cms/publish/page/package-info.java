/**
 * What readers see, rendered. {@link org.newsdesk.cms.publish.page.PageRenderer} renders the
 * Thymeleaf templates in {@code templates/public/}, which only ever see records
 * ({@code ArticleView}, {@code FrontView}, ...), never entities; a
 * {@link org.newsdesk.cms.publish.page.RenderContext} made per request carries the site's name,
 * address, sections and URL builder, and makes those records. Only live revisions become pages,
 * except in {@link org.newsdesk.cms.publish.page.ArticlePreview}, the admin UI's preview of a
 * working draft.
 */
package org.newsdesk.cms.publish.page;
