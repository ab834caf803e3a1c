/**
 * Moving a newsroom in from WordPress: reading its export (WXR) with StAX, refusing anything that
 * is not a well-formed export before a single story changes ({@link org.newsdesk.cms.importing.WxrReader}),
 * turning WordPress posts into stories ({@link org.newsdesk.cms.importing.WordPressBody},
 * {@link org.newsdesk.cms.importing.LegacyAddress}), and the import job with its record
 * ({@link org.newsdesk.cms.importing.ImportJob}), which runs in batches on one instance and goes
 * through the same services an editor's typing does.
 */
package org.newsdesk.cms.importing;
