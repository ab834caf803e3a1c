package org.newsdesk.cms.importing;

import org.newsdesk.cms.shared.EditorialException;

/** The file is not a WordPress export Newsdesk will read; the message says why, for the editor. */
public class WxrRefusedException extends EditorialException {

    private static final long serialVersionUID = 1L;

    public WxrRefusedException(String message) {
        super(message);
    }
}
