/**
 * Authors: the people, staff or guests, who appear in bylines and have an author page; kept by
 * editors through {@link org.newsdesk.cms.author.AuthorService}.
 */
package org.newsdesk.cms.author;
