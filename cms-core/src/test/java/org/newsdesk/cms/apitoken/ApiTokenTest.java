package org.newsdesk.cms.apitoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final StaffMember owner = new StaffMember("wanda", "Wanda", "hash", Set.of(Role.WRITER), NOW);

    @Test
    void aTokenWorksUntilItExpiresOrIsRevoked() {
        ApiToken expiring = new ApiToken(owner, "Script", "hash-1", NOW, NOW.plus(Duration.ofDays(1)));
        assertThat(expiring.isOpenAt(NOW)).isTrue();
        assertThat(expiring.isOpenAt(NOW.plus(Duration.ofDays(1)))).isFalse();

        ApiToken forever = new ApiToken(owner, "App", "hash-2", NOW, null);
        assertThat(forever.isOpenAt(NOW.plus(Duration.ofDays(3650)))).isTrue();
        forever.revoke(NOW.plusSeconds(5));
        assertThat(forever.isOpenAt(NOW.plusSeconds(5))).isFalse();
        forever.revoke(NOW.plusSeconds(50));
        assertThat(forever.getRevokedAt()).as("revoked once, at the first time").hasValue(NOW.plusSeconds(5));
    }

    @Test
    void lastUsedIsWrittenAtMostOnceAMinute() {
        ApiToken token = new ApiToken(owner, "Script", "hash", NOW, null);
        assertThat(token.useWorthRecordingAt(NOW)).as("never used").isTrue();
        assertThat(ApiToken.lastUseCutoff(NOW.plusSeconds(61))).isAfter(NOW);
        assertThat(ApiToken.lastUseCutoff(NOW.plusSeconds(30))).isBefore(NOW);
    }
}
