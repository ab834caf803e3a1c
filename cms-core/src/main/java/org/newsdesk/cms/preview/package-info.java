/**
 * Shareable preview links that show one article's draft to someone without a login, until they
 * expire or are withdrawn.
 */
package org.newsdesk.cms.preview;
