/**
 * The audit log screen, for admins ({@code /admin/audit}): who changed what, when and from where,
 * newest first, with filters; and the filter that tells the core's audit log each admin request's
 * client address.
 */
package org.newsdesk.cms.web.audit;
