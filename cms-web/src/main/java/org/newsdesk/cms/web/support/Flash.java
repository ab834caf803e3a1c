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

    public void say(String message) {
        this.message = message;
    }

    /** The message, once: a reload does not repeat it. */
    public String take() {
        String said = message;
        message = null;
        return said;
    }
}
