package org.newsdesk.cms.shared;

/** What was asked for does not exist (or no longer does). */
public class NotFoundException extends EditorialException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist.");
    }
}
