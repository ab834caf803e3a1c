/**
 * Sign-in and access: the form login and identity store over staff accounts, the roles each admin
 * path needs, the filter that signs out an account deactivated mid-session, and the guard that
 * refuses malformed or oversized forms before anything parses them.
 */
package org.newsdesk.cms.web.security;
