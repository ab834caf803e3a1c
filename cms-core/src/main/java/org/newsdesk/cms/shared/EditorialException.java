package org.newsdesk.cms.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused what someone asked for. Every refusal the services make is one of the
 * small subclasses, each with a message an editor can read as it is. The transaction rolls back,
 * so a refused action changes nothing.
 */
@ApplicationException(rollback = true)
public abstract class EditorialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected EditorialException(String message) {
        super(message);
    }
}
