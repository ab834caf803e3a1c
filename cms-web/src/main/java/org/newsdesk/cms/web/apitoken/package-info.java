/**
 * The "API tokens" screen: every staff member makes, sees and revokes their own personal API
 * tokens for the content API ({@code web.api}). A new token is shown once, on the answer to the
 * form that made it, and kept nowhere else (not even in the session).
 */
package org.newsdesk.cms.web.apitoken;
