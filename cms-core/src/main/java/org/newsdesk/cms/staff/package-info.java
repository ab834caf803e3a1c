/**
 * Staff accounts and roles: sign-in checks, the admins' management of accounts, the first
 * administrator of an empty installation, and what each role may do
 * ({@link org.newsdesk.cms.staff.StaffPolicy}).
 */
package org.newsdesk.cms.staff;
