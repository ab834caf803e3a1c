/**
 * The workflow's moves ({@link org.newsdesk.cms.publishing.PublishingService}), one press of the
 * article editor ({@link org.newsdesk.cms.publishing.ArticleDesk}), the release of scheduled
 * stories and its record, and the events that announce a change readers will see, fired after
 * the transaction commits. Who may make each move is
 * {@link org.newsdesk.cms.article.EditorialPolicy}'s and {@link org.newsdesk.cms.staff.StaffPolicy}'s to say.
 */
package org.newsdesk.cms.publishing;
