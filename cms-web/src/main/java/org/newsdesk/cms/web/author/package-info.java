/** The authors screens: the list of bylines' authors, and adding and editing one. */
package org.newsdesk.cms.web.author;
