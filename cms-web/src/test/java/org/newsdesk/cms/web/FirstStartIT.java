package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    @Test
    void theFirstStartAnnouncesARandomAdministratorPasswordOnceAndTheAccountSurvivesARestart(@TempDir Path work)
            throws Exception {
        Path dataDir = work.resolve("data");
        String password;
        try (RunningNewsdesk first = RunningNewsdesk.start(work, dataDir, "first.log")) {
            Matcher announced = ANNOUNCED_PASSWORD.matcher(first.log());
            assertThat(announced.find()).as("the first start prints a password").isTrue();
            password = announced.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(first.log()).contains("created the administrator \u201cadmin\u201d");
            assertSignsIn(first.base(), password);
        }
        assertThat(dataDir.resolve("newsdesk.mv.db")).as("the embedded database is a file under the data directory").exists();

        try (RunningNewsdesk second = RunningNewsdesk.start(work, dataDir, "second.log")) {
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

    /** cms.war on its own Payara Micro, started the way the README's run command starts it. */
    private record RunningNewsdesk(Process process, Path logFile, String base) implements AutoCloseable {

        static RunningNewsdesk start(Path work, Path dataDir, String logName) throws IOException, InterruptedException {
            int port = freePort();
            Path logFile = work.resolve(logName);
            ProcessBuilder builder = new ProcessBuilder(List.of(javaExecutable(), "-Xmx512m", "-jar",
                    System.getProperty("payara.microJar"), "--deploy", Path.of("target/cms.war").toAbsolutePath().toString(),
                    "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--disablephonehome"))
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            Map<String, String> env = builder.environment();
            // nothing configured, as on a newcomer's machine: the build's own settings must not leak in
            env.keySet().removeIf(name -> name.startsWith("CMS_"));
            env.put("CMS_DATA_DIR", dataDir.toString());
            RunningNewsdesk running = new RunningNewsdesk(builder.start(), logFile, "http://127.0.0.1:" + port);
            running.awaitReady();
            return running;
        }

        private void awaitReady() throws IOException, InterruptedException {
            Instant limit = Instant.now().plus(START_LIMIT);
            while (!log().contains("Payara Micro URLs")) {
                if (!process.isAlive() || Instant.now().isAfter(limit)) {
                    close();
                    throw new AssertionError("Newsdesk did not start; its log:\n" + log());
                }
                Thread.sleep(250);
            }
            if (log().contains("Exception while loading the app")) {
                close();
                throw new AssertionError("cms.war did not deploy; the log:\n" + log());
            }
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        /** Stops Payara the way Ctrl+C does, so the H2 file is closed before the next start. */
        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        private static String javaExecutable() {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
    }
}
