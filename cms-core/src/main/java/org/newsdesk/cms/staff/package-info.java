/**
 * Staff accounts and roles: sign-in checks, the sign-in throttle ({@link org.newsdesk.cms.staff.SignInGate},
 * {@link org.newsdesk.cms.staff.SignInThrottle}), two-factor sign-in
 * ({@link org.newsdesk.cms.staff.TwoFactorService}), the admins' management of accounts, the first
 * administrator of an empty installation, and what each role may do
 * ({@link org.newsdesk.cms.staff.StaffPolicy}).
 */
package org.newsdesk.cms.staff;
