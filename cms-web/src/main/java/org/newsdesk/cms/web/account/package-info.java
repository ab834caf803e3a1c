/**
 * A staff member's own account page: who they are, and two-factor sign-in (set up with an
 * authenticator app, recovery codes, turning it off). Open to every signed-in person for their own
 * account only; it is also where an admin who must use two-factor is sent until they have.
 */
package org.newsdesk.cms.web.account;
