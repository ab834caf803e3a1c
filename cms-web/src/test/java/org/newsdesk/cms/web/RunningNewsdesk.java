package org.newsdesk.cms.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * cms.war on its own Payara Micro on the embedded H2 file database, started the way the README's
 * run command ({@code mvn -Prun package}) starts it, for the tests of what a whole process does: its first start, a restart,
 * a crash.
 *
 * @param base {@code http://127.0.0.1:port}
 */
record RunningNewsdesk(Process process, Path logFile, String base) implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    /**
     * @param settings {@code CMS_*} settings beyond the data directory; nothing else of the build's
     *                 environment reaches it, as on a newcomer's machine
     */
    /**
     * As every launch of Newsdesk sets it: Hazelcast's own shutdown hook leaves the grid gracefully,
     * at INFO, instead of "Terminating forcefully..." at WARNING whenever it beats Payara's own stop.
     */
    static final String GRACEFUL_STOP = "hazelcast.shutdownhook.policy=GRACEFUL";

    static RunningNewsdesk start(Path work, Path dataDir, String logName, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        Path logFile = work.resolve(logName);
        ProcessBuilder builder = new ProcessBuilder(List.of(javaExecutable(), "-Xmx512m", "-D" + GRACEFUL_STOP, "-jar",
                System.getProperty("payara.microJar"), "--deploy", Path.of("target/cms.war").toAbsolutePath().toString(),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster", "--disablephonehome",
                "--rootdir", work.resolve(logName + ".payara").toString(),
                "--prebootcommandfile", Path.of("src/main/payara/pre-boot.asadmin").toAbsolutePath().toString()))
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("CMS_"));
        env.put("CMS_DATA_DIR", dataDir.toString());
        env.putAll(settings);
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

    /** The process dies at once (SIGKILL): no shutdown hook runs, nothing is closed or flushed. */
    void crash() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
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
