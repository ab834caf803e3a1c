package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer does with the README: start cms.war on Payara Micro with nothing configured,
 * read the administrator's password off the log, sign in; stop, start again on the same data
 * directory, and sign in with the same password, which is not printed again.
 */
class FirstStartIT {

    private static final Pattern ANNOUNCED_PASSWORD = Pattern.compile("Password: (\\S+)");

    @Test
    void theFirstStartAnnouncesARandomAdministratorPasswordOnceAndTheAccountSurvivesARestart(@TempDir Path work)
            throws Exception {
        Path dataDir = work.resolve("data");
        String password;
        try (RunningNewsdesk first = RunningNewsdesk.start(work, dataDir, "first.log", Map.of())) {
            Matcher announced = ANNOUNCED_PASSWORD.matcher(first.log());
            assertThat(announced.find()).as("the first start prints a password").isTrue();
            password = announced.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(first.log()).contains("created the administrator \u201cadmin\u201d");
            assertSignsIn(first.base(), password);
        }
        assertThat(dataDir.resolve("newsdesk.mv.db")).as("the embedded database is a file under the data directory").exists();

        try (RunningNewsdesk second = RunningNewsdesk.start(work, dataDir, "second.log", Map.of())) {
            assertThat(second.log()).doesNotContain("Password:").doesNotContain("created the administrator");
            assertSignsIn(second.base(), password);
        }
    }

    private static void assertSignsIn(String base, String password) {
        Browser browser = new Browser(base);
        HttpResponse<String> signedIn = browser.signIn("admin", password);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(browser.get("/admin/").body()).contains("Signed in as <strong>Administrator</strong>");
    }
}
