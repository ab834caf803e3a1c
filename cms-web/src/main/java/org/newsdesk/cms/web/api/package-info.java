/**
 * The content API under {@code /api/v1}: JAX-RS resources with JSON-B bodies over the same core
 * services the admin screens call, so every rule (roles, versions, validation, the audit log, the
 * events that evict the page cache and send webhooks) is the same as for an editor at a screen.
 *
 * <p>Authentication is a personal API token ({@code Authorization: Bearer}), resolved by
 * {@link org.newsdesk.cms.web.api.TokenAuthentication}, a JAX-RS filter of this application
 * alone, into the request's {@link org.newsdesk.cms.web.api.ApiCaller}. Not a Jakarta Security
 * mechanism: Jakarta Security 3 (EE 10) takes one HTTP authentication mechanism per application,
 * and ours is the admin UI's form; and the container's caller is not trusted with roles on Payara 6
 * anyway (see web.xml). A session cookie therefore authenticates nothing here, so the API has no
 * CSRF exposure, and a token opens no admin screen (the form mechanism never sees it).
 *
 * <p>Every error is an RFC 9457 {@code application/problem+json} ({@link org.newsdesk.cms.web.api.Problem}).
 */
package org.newsdesk.cms.web.api;
