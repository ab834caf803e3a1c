package org.newsdesk.cms.article;

import org.newsdesk.cms.shared.EditorialException;

/** The workflow does not allow this step from the article's current state. */
public class IllegalTransitionException extends EditorialException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String action, ArticleStatus from) {
        super("Cannot " + action + ": the article is " + from.description() + ".");
    }
}
