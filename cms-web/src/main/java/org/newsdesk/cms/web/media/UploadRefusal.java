package org.newsdesk.cms.web.media;

import java.io.Serializable;
import java.util.List;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * A refused upload, carried in the session across the redirect to the upload form: what was wrong
 * at which field, and what was typed (the file itself is never kept: browsers cannot refill a file
 * field, so the editor chooses it again).
 */
record UploadRefusal(List<FieldProblem> problems, String alt, String caption, String credit) implements Serializable {

    static final String SESSION_KEY = UploadRefusal.class.getName();
}
