/**
 * What every admin screen shares: the flash message, form problems shown at their fields, refusals
 * answered by status, the signed-in person, security headers and request metrics.
 */
package org.newsdesk.cms.web.support;
