package org.newsdesk.cms.web.importing;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * Why the last upload was refused, said once at the file field of the screen the upload
 * redirected to (the upload is a servlet, the screen a controller). Serializable: sessions are
 * replicated in a cluster.
 */
@SessionScoped
public class UploadRefusal implements Serializable {

    private static final long serialVersionUID = 1L;

    private String message;

    void say(String refusal) {
        this.message = refusal;
    }

    String take() {
        String said = message;
        message = null;
        return said;
    }
}
