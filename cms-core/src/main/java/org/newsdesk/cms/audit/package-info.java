/**
 * The audit log: who changed what (which story, section, author or account), when and from which
 * address, and every sign-in, failed attempt and sign-out. Written by {@link org.newsdesk.cms.audit.AuditRecorder},
 * an observer of the {@link org.newsdesk.cms.shared.Change}s the services announce and of the sign-in
 * form's {@link org.newsdesk.cms.staff.SignInAttempt}s, after the change commits; read by admins a
 * page at a time through {@link org.newsdesk.cms.audit.AuditLog}. Append-only: nothing here or
 * elsewhere changes or removes a line. The client's address comes from the web layer through the
 * request-scoped {@link org.newsdesk.cms.audit.RequestOrigin}.
 */
package org.newsdesk.cms.audit;
