/** The curation screen: arranging, publishing and scheduling fronts; the breaking-news banner. */
package org.newsdesk.cms.web.front;
