/** Text as Newsdesk keeps it: which characters of what people type or paste are kept, and how. */
package org.newsdesk.cms.text;
