/**
 * Webhooks out: endpoints an administrator registers, and a delivery for each event each endpoint
 * wants, written to the database after the change commits, POSTed with an HMAC-SHA256 signature
 * over the timestamp and the body, and retried with backoff for up to 24 hours by a poller that
 * runs on every instance; a version check lets exactly one instance make each attempt.
 *
 * <p>The article URLs in a payload come from {@link org.newsdesk.cms.webhook.WebhookLinks}, which
 * the module that knows URLs provides: the core knows none.
 */
package org.newsdesk.cms.webhook;
