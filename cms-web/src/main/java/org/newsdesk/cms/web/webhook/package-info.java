/**
 * The webhooks screens (administrators): register an endpoint (URL, events, secret), see its
 * delivery log (status, response code, attempts) and send a delivery again.
 */
package org.newsdesk.cms.web.webhook;
