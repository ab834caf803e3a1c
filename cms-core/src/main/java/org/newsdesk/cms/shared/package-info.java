/**
 * What every aggregate shares: the business exceptions through which the services refuse a
 * request, each with a message written for the editor who made it, and the one way a change lost
 * to another at the database becomes a {@link org.newsdesk.cms.shared.StaleEditException}; and the
 * {@link org.newsdesk.cms.shared.Change} every service announces for each change it makes, from
 * which the audit log is written.
 */
package org.newsdesk.cms.shared;
