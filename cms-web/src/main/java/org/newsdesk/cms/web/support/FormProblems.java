package org.newsdesk.cms.web.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

/**
 * The problems a form submission had, for the error summary at the top of a form (each linking to
 * its field) and the message at each field ({@code layout :: fieldProblem}). The field names are
 * the form's input ids.
 */
public final class FormProblems {

    private static final FormProblems NONE = new FormProblems(List.of());

    private final List<FieldProblem> all;
    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    private FormProblems(List<FieldProblem> problems) {
        this.all = List.copyOf(problems);
        for (FieldProblem problem : problems) {
            byField.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem.message());
        }
    }

    public static FormProblems none() {
        return NONE;
    }

    public static FormProblems of(InvalidInputException invalid) {
        return new FormProblems(invalid.problems());
    }

    public static FormProblems of(List<FieldProblem> problems) {
        return new FormProblems(problems);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<FieldProblem> getAll() {
        return all;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> at(String field) {
        return byField.getOrDefault(field, Collections.emptyList());
    }

    /** For {@code aria-describedby}: the id of the field's message, or nothing. */
    public String describedBy(String field) {
        return has(field) ? field + "-problem" : null;
    }
}
