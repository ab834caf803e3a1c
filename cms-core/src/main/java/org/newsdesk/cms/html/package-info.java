/**
 * Article bodies as HTML: cleaned to an allowed list of elements and attributes when saved, so the
 * stored body can be trusted when rendered.
 */
package org.newsdesk.cms.html;
