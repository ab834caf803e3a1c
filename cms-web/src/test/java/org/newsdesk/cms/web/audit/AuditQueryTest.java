package org.newsdesk.cms.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.audit.AuditEntry.ActorKind;
import org.newsdesk.cms.audit.AuditFilter;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;

class AuditQueryTest {

    private static final Set<String> USERNAMES = Set.of("eddie", "chief");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static AuditQuery parse(Map<String, String> parameters) {
        return AuditQuery.parse(parameters::get, USERNAMES);
    }

    @Test
    void noParametersIsTheWholeLogOnPageOne() {
        AuditQuery query = parse(Map.of());

        assertThat(query.filter(NEW_YORK)).isEqualTo(AuditFilter.all());
        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.getProblems()).isEmpty();
        assertThat(query.link(1)).isEqualTo("/admin/audit");
    }

    @Test
    void everyFilterNarrowsTheLogAndDaysAreWholeDaysInThePublicationsZone() {
        AuditQuery query = parse(Map.of("person", "eddie", "action", "published", "kind", "STORY", "subject", " 1234 ",
                "from", "2021-03-01", "to", "2021-03-14", "page", "2"));

        // March 14, 2021 is the day New York moves its clocks forward: that day ends at 04:00 UTC, not 05:00
        assertThat(query.filter(NEW_YORK)).isEqualTo(new AuditFilter(ActorKind.STAFF, "eddie", Action.PUBLISHED,
                Kind.STORY, 1234L, null, Instant.parse("2021-03-01T05:00:00Z"), Instant.parse("2021-03-15T04:00:00Z")));
        assertThat(query.getPage()).isEqualTo(2);
        assertThat(query.getProblems()).isEmpty();
        assertThat(query.link(3)).isEqualTo(
                "/admin/audit?person=eddie&action=PUBLISHED&kind=STORY&subject=1234&from=2021-03-01&to=2021-03-14&page=3");
    }

    @Test
    void wordsFindHeadlinesNamesAndUsernamesAndTheScheduleIsAPersonToo() {
        AuditFilter words = parse(Map.of("subject", "Council budget")).filter(NEW_YORK);
        assertThat(words.subjectText()).isEqualTo("Council budget");
        assertThat(words.subjectId()).isNull();

        AuditQuery schedule = parse(Map.of("person", "~schedule"));
        assertThat(schedule.filter(NEW_YORK).actorKind()).isEqualTo(ActorKind.SCHEDULE);
        assertThat(schedule.filter(NEW_YORK).actorUsername()).isNull();
        assertThat(schedule.link(1)).isEqualTo("/admin/audit?person=%7Eschedule");
        assertThat(schedule.getProblems()).isEmpty();
    }

    @Test
    void wrongValuesAreDroppedAndNamedAtTheirFields() {
        AuditQuery query = parse(Map.of("person", "mallory", "action", "BURNED", "kind", "planet",
                "from", "yesterday", "to", "2021-02-30", "page", "-1", "subject", "x".repeat(301)));

        assertThat(query.filter(NEW_YORK)).isEqualTo(AuditFilter.all());
        assertThat(query.getPage()).isEqualTo(1);
        assertThat(query.getProblems()).extracting(FieldProblem::field)
                .containsExactly("person", "action", "kind", "subject", "from", "to", "page");
        assertThat(query.getProblems().get(0).message()).isEqualTo("There is no account \u201cmallory\u201d; showing everyone.");
        assertThat(query.getProblems().get(4).message()).contains("\u201cyesterday\u201d is not one");
    }

    @Test
    void aLastDayBeforeTheFirstIsNamedAndLeftOut() {
        AuditQuery query = parse(Map.of("from", "2021-03-05", "to", "2021-03-01"));

        assertThat(query.filter(NEW_YORK).from()).isEqualTo(Instant.parse("2021-03-05T05:00:00Z"));
        assertThat(query.filter(NEW_YORK).until()).isNull();
        assertThat(query.getProblems()).extracting(FieldProblem::field).containsExactly("to");
    }

    /** A year past what the database's timestamps hold gave a 500 (found in review). */
    @Test
    void aDayOutsideTheYearsALogCanHoldIsNamedAndLeftOut() {
        AuditQuery query = parse(Map.of("from", "1066-10-14", "to", "+999999999-12-31"));

        assertThat(query.filter(NEW_YORK).from()).isNull();
        assertThat(query.filter(NEW_YORK).until()).isNull();
        assertThat(query.getProblems()).extracting(FieldProblem::field).containsExactly("from", "to");
    }

    @Test
    void aLongTypedValueIsNotEchoedWhole() {
        AuditQuery query = parse(Map.of("person", "p".repeat(10_000)));

        assertThat(query.getProblems().get(0).message()).hasSizeLessThan(100);
    }
}
