/**
 * Keeps this instance's search index as the database has the articles: changes made here as they
 * commit, changes made on other instances by a look at the database four times a second, and a rebuild
 * or catch-up on start. Apart from {@code search} so that {@code search} needs nothing of the
 * persistence that reads for it.
 */
package org.newsdesk.cms.indexing;
