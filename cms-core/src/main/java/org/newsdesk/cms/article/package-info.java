/**
 * The story aggregate: the article with its working draft, its immutable revisions and its live
 * revision, the three times, and who may edit it ({@link org.newsdesk.cms.article.EditorialPolicy}).
 * {@link org.newsdesk.cms.article.ArticleService} writes and revises; the workflow is {@code publishing}'s.
 */
package org.newsdesk.cms.article;
