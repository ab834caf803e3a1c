/**
 * What every aggregate shares: the business exceptions through which the services refuse a
 * request, each with a message written for the editor who made it, and the one way a change lost
 * to another at the database becomes a {@link org.newsdesk.cms.shared.StaleEditException}.
 */
package org.newsdesk.cms.shared;
