/** Shared preview links opened by people without a login: one article's draft, or 410 Gone. */
package org.newsdesk.cms.web.preview;
