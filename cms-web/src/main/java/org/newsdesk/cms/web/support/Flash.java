package org.newsdesk.cms.web.support;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * What the last action did ("Published."), said once on the page the action redirected to
 * (post/redirect/get). Kept in the session, so it must stay serializable for session replication.
 */
@SessionScoped
public class Flash implements Serializable {

    private static final long serialVersionUID = 1L;

    private String message;
    /** The article editor's form was just saved: the copy of its text kept in the browser may go. */
    private boolean formSaved;

    public void say(String message) {
        this.message = message;
    }

    /** Says what an article editor's button did, which saved the form. */
    public void sayFormSaved(String message) {
        say(message);
        formSaved = true;
    }

    /** Whether the form was saved by the action just before, once. */
    public boolean takeFormSaved() {
        boolean saved = formSaved;
        formSaved = false;
        return saved;
    }

    /** The message, once: a reload does not repeat it. */
    public String take() {
        String said = message;
        message = null;
        return said;
    }
}
