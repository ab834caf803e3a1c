/**
 * The media library's screens (issue 13): the grid with search, upload (a multipart form, taken by
 * {@link org.newsdesk.cms.web.media.MediaUploadServlet}), a picture's details and where it is used,
 * deletion, and the lead image of a story.
 */
package org.newsdesk.cms.web.media;
