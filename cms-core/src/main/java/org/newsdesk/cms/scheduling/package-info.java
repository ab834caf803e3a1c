/**
 * What makes scheduled stories go out: the poller every instance runs, and the catch-up that takes
 * every due story, one transaction each, with metrics and logs. It drives
 * {@link org.newsdesk.cms.publishing}; kept apart because it waits for the schema
 * ({@link org.newsdesk.cms.persistence}) and names the instance ({@link org.newsdesk.cms.operations}).
 */
package org.newsdesk.cms.scheduling;
