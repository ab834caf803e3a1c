package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx running the compose topology's {@code docker/nginx.conf}, with only the addresses
 * swapped that differ outside Docker: the upstream's instance names for local ports, and the
 * listen port (8080 inside the container) for a free one on loopback. Every other line is the
 * shipped file's, and {@link #swapped} checks that it is.
 */
final class NginxProxy implements AutoCloseable {

    static final Path NGINX = Path.of("/usr/sbin/nginx");

    private static final Pattern UPSTREAM_SERVER = Pattern.compile("^(\\s*server\\s+)(newsdesk-\\d+):8080(\\s.*)$");
    private static final Pattern LISTEN = Pattern.compile("^(\\s*listen\\s+)8080;(.*)$");

    private final Process process;
    private final Path log;
    final String base;

    private NginxProxy(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.base = "http://127.0.0.1:" + port;
    }

    static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    /**
     * The shipped configuration with each instance name ({@code newsdesk-1}) replaced by the
     * address the map gives it and the listen port by {@code port}; fails if anything else would
     * change or an instance of the file is missing from the map.
     */
    static String swapped(String shipped, Map<String, String> instances, int port) {
        List<String> lines = shipped.lines().toList();
        List<String> result = new ArrayList<>();
        int servers = 0;
        int listens = 0;
        for (String line : lines) {
            Matcher server = UPSTREAM_SERVER.matcher(line);
            Matcher listen = LISTEN.matcher(line);
            if (server.matches()) {
                String address = instances.get(server.group(2));
                assertThat(address).as("an address for " + server.group(2)).isNotNull();
                result.add(server.group(1) + address + server.group(3));
                servers++;
            } else if (listen.matches()) {
                result.add(listen.group(1) + "127.0.0.1:" + port + ";" + listen.group(2));
                listens++;
            } else {
                result.add(line);
            }
        }
        assertThat(servers).as("upstream servers swapped").isEqualTo(instances.size());
        assertThat(listens).as("one listen port").isEqualTo(1);
        return String.join("\n", result) + "\n";
    }

    /** Writes the configuration into {@code dir} and runs {@code nginx -t} on it; returns nginx's output. */
    static NginxResult test(Path dir, String configuration) throws IOException, InterruptedException {
        Path conf = write(dir, configuration);
        Process check = new ProcessBuilder(NGINX.toString(), "-t", "-p", dir + "/", "-e", "stderr", "-c", conf.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).as("nginx -t ends").isTrue();
        return new NginxResult(check.exitValue(), output);
    }

    /** Starts nginx in the foreground on the configuration; returns once it accepts connections. */
    static NginxProxy start(Path dir, String configuration, int port) throws IOException, InterruptedException {
        Path conf = write(dir, configuration);
        Path log = dir.resolve("nginx.log");
        // "daemon off" is given on the command line, not written into the file, which does not set it
        Process process = new ProcessBuilder(NGINX.toString(), "-p", dir + "/", "-e", "stderr", "-c", conf.toString(),
                "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        NginxProxy proxy = new NginxProxy(process, log, port);
        Instant limit = Instant.now().plusSeconds(30);
        while (!accepts(port)) {
            if (!process.isAlive() || Instant.now().isAfter(limit)) {
                proxy.close();
                throw new AssertionError("nginx did not start:\n" + proxy.log());
            }
            Thread.sleep(100);
        }
        return proxy;
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() {
        // SIGTERM: nginx's fast shutdown
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Path write(Path dir, String configuration) throws IOException {
        Files.createDirectories(dir);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, configuration);
        return conf;
    }

    private static boolean accepts(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), (int) Duration.ofSeconds(1).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    record NginxResult(int exitCode, String output) {
    }
}
