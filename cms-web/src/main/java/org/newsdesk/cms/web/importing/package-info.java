/**
 * Importing a WordPress site: the upload screen ({@code /admin/imports}, the file streamed to disk
 * by {@link org.newsdesk.cms.web.importing.ImportUploadServlet}), the job's progress and report, and
 * the past imports. Editors and admins only.
 */
package org.newsdesk.cms.web.importing;
