package org.newsdesk.cms.web.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.cms.audit.AuditEntry.ActorKind;
import org.newsdesk.cms.audit.AuditFilter;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.web.support.ListParameters;

/**
 * The audit screen's filters and page as they come in the URL (a GET form, so every view of the
 * log can be bookmarked and sent to a colleague). As on the article list, a value that is wrong
 * (typed by hand, or a username that never existed) is dropped and the problem named at its field,
 * so the log still shows and the admin sees why it is wider than they asked.
 */
public final class AuditQuery {

    /**
     * The "person" values of actors who are not staff. Usernames are letters, digits, dots,
     * hyphens and underscores only, so a leading {@code ~} can never be someone's username.
     */
    static final Map<String, ActorKind> NOT_STAFF = Map.of(
            "~schedule", ActorKind.SCHEDULE,
            "~first-start", ActorKind.FIRST_START,
            "~visitor", ActorKind.VISITOR);

    /** The longest words looked for in headlines, names and usernames: the longest label kept. */
    static final int SUBJECT_MAXIMUM = 300;

    private final String person;
    private final Action action;
    private final Kind kind;
    private final String subject;
    private final LocalDate from;
    private final LocalDate to;
    private final int page;
    private final List<FieldProblem> problems;

    private AuditQuery(String person, Action action, Kind kind, String subject, LocalDate from, LocalDate to, int page,
                       List<FieldProblem> problems) {
        this.person = person;
        this.action = action;
        this.kind = kind;
        this.subject = subject;
        this.from = from;
        this.to = to;
        this.page = page;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the screen's parameters.
     *
     * @param parameters the first value of each query parameter
     * @param usernames  every staff account's username
     */
    public static AuditQuery parse(Function<String, String> parameters, Set<String> usernames) {
        List<FieldProblem> problems = new ArrayList<>();

        String person = ListParameters.given(parameters.apply("person")).orElse(null);
        if (person != null && !NOT_STAFF.containsKey(person) && !usernames.contains(person)) {
            problems.add(new FieldProblem("person", "There is no account \u201c" + shown(person) + "\u201d; showing everyone."));
            person = null;
        }
        Action action = named(parameters.apply("action"), Action.class, "action",
                "That is not a kind of change the log records; showing every kind.", problems);
        Kind kind = named(parameters.apply("kind"), Kind.class, "kind",
                "That is not a kind of subject; showing stories, sections, authors and accounts.", problems);

        String subject = ListParameters.given(parameters.apply("subject")).orElse(null);
        if (subject != null && subject.length() > SUBJECT_MAXIMUM) {
            problems.add(new FieldProblem("subject", "Type at most " + SUBJECT_MAXIMUM
                    + " characters of a headline, name or username; showing every subject."));
            subject = null;
        }

        LocalDate from = date(parameters.apply("from"), "from", problems);
        LocalDate to = date(parameters.apply("to"), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("to", "The last day is before the first day; showing everything from the first day on."));
            to = null;
        }

        int page = ListParameters.page(parameters.apply("page"), problems);
        return new AuditQuery(person, action, kind, subject, from, to, page, problems);
    }

    private static <E extends Enum<E>> E named(String raw, Class<E> type, String field, String unknown,
                                               List<FieldProblem> problems) {
        Optional<String> text = ListParameters.given(raw);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            problems.add(new FieldProblem(field, unknown));
            return null;
        }
    }

    /** A day as a date field sends it ({@code 2026-12-01}); a browser without one lets people type anything. */
    private static LocalDate date(String raw, String field, List<FieldProblem> problems) {
        Optional<String> text = ListParameters.given(raw);
        if (text.isEmpty()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.get());
            // a year the databases' timestamps (and a day after it) can hold; the log starts long after 1900
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw new DateTimeParseException("out of range", text.get(), 0);
            }
            return day;
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem(field, "Give the day as year-month-day, e.g. 2026-12-01; \u201c"
                    + shown(text.get()) + "\u201d is not one. Showing every day."));
            return null;
        }
    }

    /** What was typed, cut short when it is long: a message must not echo a megabyte back. */
    private static String shown(String typed) {
        return typed.length() <= 40 ? typed : typed.substring(0, 39) + "\u2026";
    }

    /**
     * What to look for. Days run from midnight to midnight in the publication's zone, the zone
     * every time on the screen is shown in.
     */
    public AuditFilter filter(ZoneId zone) {
        AuditFilter filter = AuditFilter.all();
        if (person != null) {
            filter = NOT_STAFF.containsKey(person) ? filter.byKind(NOT_STAFF.get(person)) : filter.by(person);
        }
        Long subjectId = subject != null && subject.matches("[0-9]{1,18}") ? Long.valueOf(subject) : null;
        return filter.doing(action)
                .about(kind, subjectId)
                .aboutText(subjectId == null ? subject : null)
                .between(from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The log with the same filters on another page: a path within the application. */
    public String link(int toPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("person", person);
        parameters.put("action", action == null ? null : action.name());
        parameters.put("kind", kind == null ? null : kind.name());
        parameters.put("subject", subject);
        parameters.put("from", from == null ? null : from.toString());
        parameters.put("to", to == null ? null : to.toString());
        parameters.put("page", toPage == 1 ? null : Integer.toString(toPage));
        String query = parameters.entrySet().stream()
                .filter(p -> p.getValue() != null)
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/admin/audit" + (query.isEmpty() ? "" : "?" + query);
    }

    /** A username, one of {@link #NOT_STAFF}'s values, or null for anyone. */
    public String getPerson() {
        return person;
    }

    /** The chosen action's name, or null. */
    public String getAction() {
        return action == null ? null : action.name();
    }

    public String getKind() {
        return kind == null ? null : kind.name();
    }

    public String getSubject() {
        return subject;
    }

    /** The first day as a date field shows it, or null. */
    public String getFrom() {
        return from == null ? null : from.toString();
    }

    public String getTo() {
        return to == null ? null : to.toString();
    }

    public int getPage() {
        return page;
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
