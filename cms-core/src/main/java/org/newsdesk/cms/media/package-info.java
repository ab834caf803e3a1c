/**
 * Pictures (issue 13): the media library's images, what is checked before one is accepted (its
 * type read from its content, its size, its pixel count read from the header before anything is
 * decoded), the renditions made from it in the background (widths for {@code srcset}, crops around
 * the focal point for social cards), and where the files are kept ({@link org.newsdesk.cms.media.MediaStore}:
 * the data directory, or S3-compatible object storage).
 *
 * <p>Depends on {@code article} (which stories use an image), never the other way round: a story
 * knows its lead image only by id.
 */
package org.newsdesk.cms.media;
