package org.newsdesk.cms.preview;

import org.newsdesk.cms.shared.EditorialException;

/** A preview link that no longer opens: it expired, was revoked, or never existed. */
public class PreviewLinkRefused extends EditorialException {

    private static final long serialVersionUID = 1L;

    public PreviewLinkRefused() {
        super("This preview link has expired or was withdrawn. Ask the newsroom for a new one.");
    }
}
