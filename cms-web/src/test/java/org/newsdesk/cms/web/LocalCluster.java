package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Two clustered instances started by {@code scripts/local-cluster}, as a test drives them: free
 * loopback ports, a cluster name of their own (so they never join another run's), the suite's
 * PostgreSQL database and the test accounts. For the tests that need more than one Payara
 * (ClusterIT, ProxyIT); each step is bounded and says what the script printed when it fails.
 */
final class LocalCluster implements AutoCloseable {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private final Path dir;
    private final Map<String, String> environment;

    private LocalCluster(Path dir, Map<String, String> environment) {
        this.dir = dir;
        this.environment = environment;
    }

    /** Starts instances a and b, their files under {@code dir}, and waits until both serve. */
    static LocalCluster start(Path dir, String clusterName) throws Exception {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CLUSTER_DIR", dir.toString());
        environment.put("CLUSTER_NAME", clusterName);
        environment.put("PORT_A", String.valueOf(freePort()));
        environment.put("PORT_B", String.valueOf(freePort()));
        environment.put("GRID_PORT_A", String.valueOf(freePort()));
        environment.put("GRID_PORT_B", String.valueOf(freePort()));
        environment.put("CMS_DB_URL", required("NEWSDESK_TEST_POSTGRES_URL"));
        environment.put("CMS_DB_USER", required("NEWSDESK_TEST_POSTGRES_USER"));
        environment.put("CMS_DB_PASSWORD", required("NEWSDESK_TEST_POSTGRES_PASSWORD"));
        environment.put("CMS_ADMIN_USER", TestAccounts.ADMIN);
        environment.put("CMS_ADMIN_PASSWORD", TestAccounts.ADMIN_PASSWORD);
        environment.put("CMS_METRICS_TOKEN", TestAccounts.MONITORING_TOKEN);
        // ClusterIT's webhook receiver listens on loopback
        environment.put("CMS_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        Files.createDirectories(dir);
        // pid files of a run that was killed name processes that are gone, or now someone else's
        for (String instance : List.of("a", "b")) {
            Files.deleteIfExists(dir.resolve(instance + ".pid"));
        }
        LocalCluster cluster = new LocalCluster(dir, environment);
        Instant asked = Instant.now();
        cluster.script(Duration.ofSeconds(300), "start");
        System.out.printf("Cluster of two ready in %d s%n", Duration.between(asked, Instant.now()).toSeconds());
        return cluster;
    }

    /** {@code 127.0.0.1:port} of instance a or b. */
    String address(String instance) {
        return "127.0.0.1:" + environment.get("PORT_" + instance.toUpperCase(java.util.Locale.ROOT));
    }

    /** {@code http://127.0.0.1:port} of instance a or b. */
    String base(String instance) {
        return "http://" + address(instance);
    }

    /** The instance's own log. */
    Path log(String instance) {
        return dir.resolve(instance + ".log");
    }

    /** The loss of an instance: SIGKILL, no goodbye. */
    void kill(String instance) throws Exception {
        script(Duration.ofSeconds(60), "kill", instance);
    }

    /** Starts whatever instance is not running, and waits until it serves. */
    void startAgain() throws Exception {
        script(Duration.ofSeconds(300), "start");
    }

    /** The database both instances use. */
    Connection database() throws SQLException {
        return DriverManager.getConnection(environment.get("CMS_DB_URL"), environment.get("CMS_DB_USER"),
                environment.get("CMS_DB_PASSWORD"));
    }

    @Override
    public void close() throws Exception {
        script(Duration.ofSeconds(90), "stop");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void script(Duration limit, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("scripts/local-cluster").toString()));
        command.addAll(List.of(arguments));
        Path output = dir.resolve("script.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("local-cluster " + String.join(" ", arguments) + " took over " + limit.toSeconds()
                    + " s\n" + Files.readString(output));
        }
        String said = Files.readString(output);
        System.out.print(said);
        assertThat(process.exitValue()).as("local-cluster " + String.join(" ", arguments) + "\n" + said).isZero();
    }

    private static String required(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(variable + " is not set: the cluster tests need PostgreSQL (see .ci/run)");
        }
        return value;
    }
}
