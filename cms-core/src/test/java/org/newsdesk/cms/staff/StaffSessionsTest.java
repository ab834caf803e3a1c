package org.newsdesk.cms.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffSessionsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-01T09:00:00Z");
    private final StaffMember editor = new StaffMember("eddie", "Eddie Editor", "hash", Set.of(Role.EDITOR),
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void everySessionOfAnUntouchedAccountGoesOn() {
        assertThat(editor.acceptsSessionSignedInAt(SIGNED_IN)).isTrue();
        assertThat(editor.acceptsSessionSignedInAt(null)).as("a session from before the rule").isTrue();
    }

    @Test
    void aResetEndsTheSessionsSignedInBeforeItAndNoneAfter() {
        editor.endSessionsBefore(SIGNED_IN.plusSeconds(60));
        assertThat(editor.acceptsSessionSignedInAt(SIGNED_IN)).isFalse();
        assertThat(editor.acceptsSessionSignedInAt(null)).isFalse();
        assertThat(editor.acceptsSessionSignedInAt(SIGNED_IN.plusSeconds(60))).isTrue();
        assertThat(editor.acceptsSessionSignedInAt(SIGNED_IN.plusSeconds(61))).isTrue();
    }
}
