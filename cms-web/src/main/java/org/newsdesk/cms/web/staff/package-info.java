/** The staff accounts screens, for admins: accounts, roles, deactivation and password resets. */
package org.newsdesk.cms.web.staff;
