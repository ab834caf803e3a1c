package org.newsdesk.cms.shared;

/** The signed-in staff member's role does not allow the action. */
public class NotPermittedException extends EditorialException {

    private static final long serialVersionUID = 1L;

    public NotPermittedException(String reason) {
        super(reason);
    }
}
