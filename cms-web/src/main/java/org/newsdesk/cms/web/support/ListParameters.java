package org.newsdesk.cms.web.support;

import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * What the filter forms of the admin lists (articles, the audit log) send back in the query
 * string: a bad value is never an error page; it is named at its field and the list is shown
 * without it.
 */
public final class ListParameters {

    private ListParameters() {
    }

    /** The parameter as typed, trimmed; empty when absent or blank. */
    public static Optional<String> given(String raw) {
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    /** The page asked for, from 1; the first page, with a problem at the field, for anything else. */
    public static int page(String raw, List<FieldProblem> problems) {
        Optional<String> pageText = given(raw);
        if (pageText.isEmpty()) {
            return 1;
        }
        int page;
        try {
            page = Integer.parseInt(pageText.get());
        } catch (NumberFormatException notANumber) {
            page = 0;
        }
        if (page < 1) {
            problems.add(new FieldProblem("page", "Pages are numbered from 1; showing the first page."));
            return 1;
        }
        return page;
    }
}
