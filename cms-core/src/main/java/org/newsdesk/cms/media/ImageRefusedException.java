package org.newsdesk.cms.media;

import org.newsdesk.cms.shared.InvalidInputException;

/** A file the library does not take: not a picture it knows, too large, or too many pixels. */
public class ImageRefusedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ImageRefusedException(String field, String message) {
        super(field, message);
    }
}
