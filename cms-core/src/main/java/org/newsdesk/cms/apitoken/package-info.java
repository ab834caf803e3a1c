/**
 * Personal API tokens: what a staff member makes on their own "API tokens" screen to let a script,
 * an app or a partner act as them over the content API. A token acts with its owner's roles as
 * they are at each request (read from the staff record), is shown once when made, and is kept
 * only as a SHA-256 hash; it can be revoked and may expire.
 */
package org.newsdesk.cms.apitoken;
