package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start that cannot succeed ends the JVM, so that Docker's restart policy (or systemd) starts it
 * again: cms.war on Payara Micro, as the image runs it, with a PostgreSQL URL where nothing
 * listens, as after a host reboot that started Newsdesk before its database.
 */
class FailedStartIT {

    private static final Duration LIMIT = Duration.ofSeconds(180);

    @Test
    void withoutItsDatabaseNewsdeskSaysWhyAndTheJvmExitsWithStatus1(@TempDir Path work) throws Exception {
        int nobodyListens = freePort();
        Path log = work.resolve("payara.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                System.getProperty("payara.microJar"), "--deploy", Path.of("target/cms.war").toAbsolutePath().toString(),
                "--contextroot", "/", "--port", String.valueOf(freePort()), "--nocluster", "--disablephonehome",
                "--rootdir", work.resolve("payara").toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CMS_"));
        env.put("CMS_DATA_DIR", work.resolve("data").toString());
        env.put("CMS_DB_URL", "jdbc:postgresql://127.0.0.1:" + nobodyListens + "/newsdesk");
        Instant started = Instant.now();
        Process payara = builder.start();
        try {
            boolean ended = payara.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
            String said = Files.readString(log);

            assertThat(ended).as("Payara Micro ends within " + LIMIT.toSeconds() + " s; its log:\n" + said).isTrue();
            assertThat(payara.exitValue()).isEqualTo(1);
            assertThat(said.lines().filter(line -> line.contains("Newsdesk cannot start: "))).singleElement().asString()
                    .contains("SEVERE", "cms.war did not deploy", "Exiting the JVM with status 1");
            System.out.printf("Without its database, Payara Micro with cms.war exited with status 1 after %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());
        } finally {
            payara.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
