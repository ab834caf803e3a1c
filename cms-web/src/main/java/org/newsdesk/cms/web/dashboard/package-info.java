/**
 * The desk's front page after sign-in: stories waiting for review or their time, the latest
 * published, and the schedule's record (what went out, how late, what did not).
 */
package org.newsdesk.cms.web.dashboard;
