/**
 * Infrastructure: the application's datasource, Flyway migrations run at start-up, and the JPA
 * implementations of the repositories the domain packages declare.
 */
package org.newsdesk.cms.persistence;
