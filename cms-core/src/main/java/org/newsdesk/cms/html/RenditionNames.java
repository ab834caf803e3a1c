package org.newsdesk.cms.html;

import java.util.regex.Pattern;

/**
 * How a rendition of the media library is named ({@code 12-w640-0123456789abcdef.jpg}: picture id,
 * kind, the start of its bytes' hash), which a story's body names its pictures by. Here rather than
 * in the media package, whose {@code Rendition.FILE_NAME} it is, so the body's sanitizer reads it
 * without the text of stories depending on the media library (which depends on stories).
 */
public final class RenditionNames {

    public static final Pattern FILE_NAME = Pattern.compile("([0-9]{1,18})-(w[0-9]{1,5}|16x9|4x3|1x1)-([0-9a-f]{16})\\.jpg");

    private RenditionNames() {
    }
}
