/**
 * Sign-in and access: the form login (password, then a code for people with two-factor on, every
 * attempt through the core's sign-in throttle) and the identity store over staff accounts, the roles each admin
 * path needs, the filter that signs out an account deactivated mid-session, and the guard that
 * refuses malformed or oversized forms before anything parses them.
 */
package org.newsdesk.cms.web.security;
