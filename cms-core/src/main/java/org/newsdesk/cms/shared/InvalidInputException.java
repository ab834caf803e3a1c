package org.newsdesk.cms.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be saved, with one problem per field so a form can show each message at the
 * field that caused it.
 */
public class InvalidInputException extends EditorialException {

    private static final long serialVersionUID = 1L;

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One field's problem; {@code field} is the name the form uses for it. */
    public record FieldProblem(String field, String message) implements java.io.Serializable {
    }
}
