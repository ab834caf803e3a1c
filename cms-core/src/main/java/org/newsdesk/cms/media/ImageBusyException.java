package org.newsdesk.cms.media;

import org.newsdesk.cms.shared.EditorialException;

/**
 * A picture whose sizes are still being made in the background cannot be deleted yet: the work
 * would write to a picture that is gone (and the deletion fail on the version it changes).
 */
public class ImageBusyException extends EditorialException {

    private static final long serialVersionUID = 1L;

    public ImageBusyException() {
        super("The picture's sizes are still being made: delete it in a moment.");
    }
}
