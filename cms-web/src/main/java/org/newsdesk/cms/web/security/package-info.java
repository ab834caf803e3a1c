/**
 * Sign-in and access: the form login and identity store over staff accounts, the roles each admin
 * path needs, and the filter that signs out an account deactivated mid-session.
 */
package org.newsdesk.cms.web.security;
