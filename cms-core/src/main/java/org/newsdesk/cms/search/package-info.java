/**
 * Finding stories by their words. {@link org.newsdesk.cms.search.Search} is the one door: readers'
 * queries see live revisions only, the newsroom's see working drafts too. Today's implementation,
 * {@link org.newsdesk.cms.search.LuceneSearch}, keeps an index of its own in every instance, under
 * the data directory; {@link org.newsdesk.cms.indexing.SearchIndexKeeper} keeps it current from the
 * database, which stays the truth. A search cluster (OpenSearch) would be another implementation
 * of the same interface.
 */
package org.newsdesk.cms.search;
