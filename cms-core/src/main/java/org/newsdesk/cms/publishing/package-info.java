/**
 * The workflow's moves ({@link org.newsdesk.cms.publishing.PublishingService}) and the events
 * that announce a change readers will see, fired after the transaction commits. Who may make
 * each move is {@link org.newsdesk.cms.article.EditorialPolicy}'s to say.
 */
package org.newsdesk.cms.publishing;
