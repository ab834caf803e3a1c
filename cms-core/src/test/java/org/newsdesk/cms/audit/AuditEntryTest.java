package org.newsdesk.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.audit.AuditEntry.ActorKind;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;

class AuditEntryTest {

    private static final Instant T0 = Instant.parse("2021-12-15T17:49:00Z");

    @Test
    void aStaffMembersChangeKeepsTheirNamesAndTheSubjectAsTheyWereThen() {
        AuditEntry entry = AuditEntry.of(new Change(new Change.Actor.Staff("eddie", "Eddie Editor"), Action.PUBLISHED,
                Subject.story(7, "Council approves budget"), "revision 2, first publication", T0), "203.0.113.7");

        assertThat(entry.getAt()).isEqualTo(T0);
        assertThat(entry.getActorKind()).isEqualTo(ActorKind.STAFF);
        assertThat(entry.getActorUsername()).contains("eddie");
        assertThat(entry.getActorName()).contains("Eddie Editor");
        assertThat(entry.getSubjectId()).contains(7L);
        assertThat(entry.getSubjectLabel()).isEqualTo("Council approves budget");
        assertThat(entry.getDetail()).contains("revision 2, first publication");
        assertThat(entry.getAddress()).contains("203.0.113.7");
    }

    @Test
    void theScheduleIsNobodysUsernameAndHasNoAddress() {
        AuditEntry entry = AuditEntry.of(new Change(new Change.Actor.Schedule(), Action.PUBLISHED,
                Subject.story(7, "Storm warning lifted"), null, T0), null);

        assertThat(entry.getActorKind()).isEqualTo(ActorKind.SCHEDULE);
        assertThat(entry.getActorUsername()).isEmpty();
        assertThat(entry.getAddress()).isEmpty();
    }

    @Test
    void aFailedSignInKeepsTheUsernameTypedCleanedAndCutToTheColumn() {
        String typed = "admin\u0000' OR 1=1 --" + "x".repeat(400);
        AuditEntry entry = AuditEntry.signIn(T0, Optional.empty(), Action.SIGN_IN_REFUSED, Subject.account(null, typed),
                "198.51.100.23");

        assertThat(entry.getActorKind()).isEqualTo(ActorKind.VISITOR);
        assertThat(entry.getActorName()).isEmpty();
        assertThat(entry.getSubjectId()).isEmpty();
        assertThat(entry.getSubjectLabel()).startsWith("admin' OR 1=1 --xxx").doesNotContain("\u0000")
                .hasSize(AuditEntry.LABEL_MAXIMUM).endsWith("\u2026");
    }
}
