/**
 * Curated fronts: the home page and each section front, arranged by editors (a lead, top stories,
 * then the automatic stream of the latest stories), published as revisions, optionally on a
 * schedule; and the breaking-news banner shown on every public page.
 */
package org.newsdesk.cms.front;
