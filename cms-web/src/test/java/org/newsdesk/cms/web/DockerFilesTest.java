package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker/ without a Docker engine: that the image is the server and WAR the
 * build makes, that compose sets only settings the application reads, and that the ports, health
 * check and cluster settings of the Dockerfile, compose.yaml and nginx.conf agree with each other.
 */
class DockerFilesTest {

    private static final String DOCKERFILE = "docker/Dockerfile";

    private static Path root;
    private static Dockerfile dockerfile;
    private static Map<String, Object> compose;
    private static String nginx;

    @BeforeAll
    static void readFiles() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker/compose.yaml"))) {
            root = root.getParent();
            assertThat(root).as("a folder above the test's holding docker/compose.yaml").isNotNull();
        }
        dockerfile = Dockerfile.parse(Files.readString(root.resolve(DOCKERFILE)));
        try (Reader reader = Files.newBufferedReader(root.resolve("docker/compose.yaml"))) {
            compose = new Yaml().load(reader);
        }
        nginx = Files.readString(root.resolve("docker/nginx.conf"));
    }

    @Test
    void imageIsPayaraMicroOfTheVersionTheBuildUsesOnJava17() throws Exception {
        String payara = xpath(root.resolve("pom.xml"), "/project/properties/payara.version");
        String release = xpath(root.resolve("pom.xml"), "/project/properties/maven.compiler.release");

        assertThat(release).isEqualTo("17");
        assertThat(dockerfile.all("FROM")).containsExactly("payara/micro:" + payara + "-jdk" + release);
    }

    @Test
    void imageDeploysTheWarMavenBuildsAtTheContextRoot() throws Exception {
        Path webPom = root.resolve("cms-web/pom.xml");
        assertThat(xpath(webPom, "/project/packaging")).isEqualTo("war");
        String war = "cms-web/target/" + xpath(webPom, "/project/build/finalName") + ".war";

        Map<String, String> copies = dockerfile.copies();
        assertThat(copies).containsKey(war);
        List<String> entrypoint = dockerfile.exec("ENTRYPOINT");
        assertThat(option(entrypoint, "--deploy")).contains(copies.get(war));
        assertThat(option(entrypoint, "--contextroot")).contains("/");

        // compose builds from the repository root, so the paths the Dockerfile copies are the build's
        for (Map<String, Object> instance : instances().values()) {
            Map<String, Object> build = map(instance.get("build"));
            assertThat(root.resolve("docker").resolve((String) build.get("context")).normalize()).isEqualTo(root);
            assertThat(build.get("dockerfile")).isEqualTo(DOCKERFILE);
        }
        List<String> ignore = Files.readAllLines(root.resolve(DOCKERFILE + ".dockerignore"));
        for (String source : copies.keySet()) {
            assertThat(ignore).as("the build context keeps what the Dockerfile copies").contains("!" + source);
            if (!source.equals(war)) {
                assertThat(root.resolve(source)).exists();
            }
        }
    }

    @Test
    void composeSetsOnlySettingsTheApplicationReads() throws IOException {
        Set<String> read = variablesTheApplicationReads();
        assertThat(read).contains("CMS_DB_URL", "CMS_DB_USER", "CMS_DB_PASSWORD", "CMS_DATA_DIR", "CMS_SITE_URL");

        Set<String> set = new TreeSet<>(dockerfile.env().keySet());
        services().values().forEach(service -> set.addAll(environment(service).keySet()));
        set.removeIf(name -> !name.startsWith("CMS_"));

        assertThat(set).isNotEmpty();
        assertThat(read).containsAll(set);
    }

    @Test
    void bothInstancesUseTheComposePostgresWithTheSameCredentials() {
        Map<String, Object> postgres = services().get("postgres");
        assertThat((String) postgres.get("image")).matches("postgres:\\d+(-alpine)?");
        Map<String, String> db = environment(postgres);
        // no default production password anywhere: compose stops when it is not set
        assertThat(db.get("POSTGRES_PASSWORD")).startsWith("${POSTGRES_PASSWORD:?");
        assertThat(postgres).containsKey("healthcheck");

        instances().forEach((name, instance) -> {
            Map<String, String> env = environment(instance);
            assertThat(env.get("CMS_DB_URL")).as(name).isEqualTo("jdbc:postgresql://postgres:5432/" + db.get("POSTGRES_DB"));
            assertThat(env.get("CMS_DB_USER")).as(name).isEqualTo(db.get("POSTGRES_USER"));
            assertThat(env.get("CMS_DB_PASSWORD")).as(name).isEqualTo(db.get("POSTGRES_PASSWORD"));
            assertThat(map(map(instance.get("depends_on")).get("postgres")).get("condition")).isEqualTo("service_healthy");
        });
    }

    @Test
    void nginxBalancesTheInstancesOnTheirPortAndIsTheOnlyPublishedPort() {
        Map<String, Map<String, Object>> instances = instances();
        Set<String> ports = instances.values().stream().map(i -> option(arguments(i), "--port").orElse("8080"))
                .collect(Collectors.toSet());
        assertThat(ports).hasSize(1);
        String port = ports.iterator().next();

        Set<String> upstream = find(nginx, "upstream newsdesk \\{([^}]*)}").stream()
                .flatMap(block -> find(block, "(?m)^\\s*server\\s+(\\S+)").stream())
                .collect(Collectors.toSet());
        assertThat(upstream).isEqualTo(instances.keySet().stream().map(n -> n + ":" + port).collect(Collectors.toSet()));
        assertThat(nginx).contains("proxy_pass http://newsdesk;");

        Map<String, Object> published = services().entrySet().stream()
                .filter(service -> service.getValue().containsKey("ports"))
                .collect(Collectors.toMap(Map.Entry::getKey, service -> service.getValue().get("ports")));
        assertThat(published).containsOnlyKeys("nginx");
        List<?> mappings = (List<?>) published.get("nginx");
        assertThat(mappings).hasSize(1);
        String containerPort = mappings.get(0).toString().replaceAll(".*:", "");
        assertThat(find(nginx, "(?m)^\\s*listen\\s+(\\d+);")).containsExactly(containerPort);

        // nothing for `docker run -P` to publish: HTTP trusts X-Forwarded-Proto, the data grid has no password
        assertThat(dockerfile.all("EXPOSE")).isEmpty();
        assertThat(dockerfile.all("HEALTHCHECK").get(0))
                .contains("CMD wget -q -O /dev/null http://127.0.0.1:" + port + "/health/ready");
    }

    @Test
    void theInstancesFormOneClusterThatNamesEachOfThem() {
        Map<String, Map<String, Object>> instances = instances();
        assertThat(instances).hasSizeGreaterThanOrEqualTo(2);
        Set<String> clusterNames = new LinkedHashSet<>();
        instances.forEach((name, instance) -> {
            List<String> args = arguments(instance);
            assertThat(args).as(name).doesNotContain("--nocluster");
            assertThat(option(args, "--name")).as(name).contains(name);
            clusterNames.add(option(args, "--clustername").orElseThrow());
            String startPort = option(args, "--startport").orElseThrow();
            String mode = option(args, "--clustermode").orElseThrow();
            assertThat(mode).startsWith("tcpip:");
            assertThat(Set.of(mode.substring("tcpip:".length()).split(",")))
                    .as(name + " lists every instance on the data grid port")
                    .isEqualTo(instances.keySet().stream().map(n -> n + ":" + startPort).collect(Collectors.toSet()));
        });
        assertThat(clusterNames).hasSize(1);
    }

    @Test
    void behindTheProxyTheForwardedSchemeCountsAndTextIsCompressed() throws IOException {
        String postBoot = dockerfile.copies().get("docker/post-boot.asadmin");
        assertThat(option(dockerfile.exec("ENTRYPOINT"), "--postbootcommandfile")).contains(postBoot);
        assertThat(Files.readAllLines(root.resolve("docker/post-boot.asadmin"))).contains("set configs.config."
                + "server-config.network-config.protocols.protocol.http-listener.http.scheme-mapping=X-Forwarded-Proto");

        assertThat(nginx).contains("proxy_set_header X-Forwarded-Proto $scheme;",
                "proxy_set_header X-Forwarded-For $remote_addr;", "proxy_set_header Host $http_host;");
        assertThat(find(nginx, "(?m)^\\s*proxy_next_upstream\\s+([^;]+);")).singleElement().asString()
                .contains("error", "timeout").doesNotContain("non_idempotent");
        assertThat(nginx).containsPattern("(?m)^\\s*gzip on;");
        assertThat(find(nginx, "(?s)gzip_types([^;]+);")).singleElement().asString()
                .contains("text/css", "application/xml", "application/json");
    }

    /**
     * nginx itself reads the file (a regex pattern here once passed a file nginx refused): with the
     * instance names swapped for loopback addresses, which do not resolve outside Docker, and the
     * listen port for a free one. What the locations do with requests, ProxyIT sees in front of a
     * real cluster.
     */
    @Test
    void nginxAcceptsTheConfiguration(@TempDir Path work) throws Exception {
        assumeTrue(NginxProxy.installed(), "nginx is not installed (apt-get install nginx); .ci/run installs it");
        Map<String, String> addresses = new LinkedHashMap<>();
        instances().keySet().forEach(name -> addresses.put(name, "127.0.0.1:" + (9100 + addresses.size())));

        NginxProxy.NginxResult result = NginxProxy.test(work, NginxProxy.swapped(nginx, addresses, 9099));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("test is successful").doesNotContain("[warn]");
    }

    @Test
    void anInstanceTakesNoRequestsBeforeItsDeploymentIsDone() throws IOException {
        List<String> entrypoint = dockerfile.exec("ENTRYPOINT");
        Map<String, String> copies = dockerfile.copies();
        String listener = "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.enabled=";

        assertThat(option(entrypoint, "--prebootcommandfile")).contains(copies.get("docker/pre-boot.asadmin"));
        assertThat(option(entrypoint, "--postdeploycommandfile")).contains(copies.get("docker/post-deploy.asadmin"));
        assertThat(commands("docker/pre-boot.asadmin")).contains(listener + "false");
        assertThat(commands("docker/post-deploy.asadmin")).containsExactly(listener + "true");
        // the same files in the cluster ProxyIT puts nginx in front of
        String localCluster = Files.readString(root.resolve("scripts/local-cluster"));
        assertThat(localCluster).contains("--prebootcommandfile \"$ROOT/docker/pre-boot.asadmin\"",
                "--postdeploycommandfile \"$ROOT/docker/post-deploy.asadmin\"");
    }

    /**
     * Every way Newsdesk is started boots Payara with the settings that keep its name off
     * responses, before boot (set after boot, the listener restarts and may move to another port).
     */
    @Test
    void noInstanceNamesTheServerInItsResponses() throws IOException {
        String headerSettings = "cms-web/src/main/payara/pre-boot.asadmin";
        String protocol = "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.";
        List<String> settings = commands(headerSettings);
        assertThat(settings).contains(protocol + "server-header=false", protocol + "xpowered-by=false");

        // the image's, which scripts/local-cluster uses too (anInstanceTakesNoRequestsBeforeItsDeploymentIsDone)
        assertThat(option(dockerfile.exec("ENTRYPOINT"), "--prebootcommandfile")).contains(dockerfile.copies().get("docker/pre-boot.asadmin"));
        assertThat(commands("docker/pre-boot.asadmin")).containsAll(settings);
        assertThat(Files.readString(root.resolve("cms-web/pom.xml"))).as("the run profile and the container tests")
                .contains("<argument>${project.basedir}/src/main/payara/pre-boot.asadmin</argument>",
                        "<payara.preBootFile>${project.basedir}/src/main/payara/pre-boot.asadmin</payara.preBootFile>");
        assertThat(Files.readString(root.resolve("cms-web/src/test/resources/arquillian.xml")))
                .contains("--prebootcommandfile ${payara.preBootFile}");
        assertThat(Files.readString(root.resolve("cms-web/src/test/java/org/newsdesk/cms/web/RunningNewsdesk.java")))
                .contains("\"--prebootcommandfile\", Path.of(\"src/main/payara/pre-boot.asadmin\")");
    }

    @Test
    void theInstancesHaveAMemoryLimitAndTimeToStartAndToStop() {
        instances().forEach((name, instance) -> {
            assertThat(instance.get("mem_limit")).as(name + ": the JVM takes 70 %% of the container's limit").isNotNull();
            assertThat(seconds(instance.get("stop_grace_period").toString())).as(name + ": stop grace").isGreaterThanOrEqualTo(30);
            assertThat(instance.get("restart")).isEqualTo("unless-stopped");
        });
        String healthcheck = dockerfile.all("HEALTHCHECK").get(0);
        assertThat(seconds(option(List.of(healthcheck.split("[\\s=]+")), "--start-period").orElseThrow()))
                .as("start period: room for a slow host and for waiting 95 s for the database").isGreaterThanOrEqualTo(300);
    }

    @Test
    void theFirstAdministratorsPasswordIsChosenNotPrintedInALog() {
        instances().forEach((name, instance) ->
                assertThat(environment(instance).get("CMS_ADMIN_PASSWORD")).as(name).startsWith("${CMS_ADMIN_PASSWORD:?"));
    }

    @Test
    void everyVariableComposeUsesIsInTheEnvExampleWithNoPasswordFilledIn() throws IOException {
        String text = Files.readString(root.resolve("docker/compose.yaml"));
        Set<String> used = new TreeSet<>(find(text, "\\$\\{([A-Z0-9_]+)"));
        Map<String, String> example = new LinkedHashMap<>();
        for (String line : Files.readAllLines(root.resolve("docker/.env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                example.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        assertThat(example.keySet()).containsAll(used);
        assertThat(example.get("POSTGRES_PASSWORD")).isEmpty();
        assertThat(example.get("CMS_ADMIN_PASSWORD")).isEmpty();
    }

    /** Every config key the application declares (annotations, MPCONFIG, its defaults file), as MicroProfile Config's environment variable. */
    private static Set<String> variablesTheApplicationReads() throws IOException {
        Pattern key = Pattern.compile("\"(?:\\$\\{MPCONFIG=)?(cms(?:\\.[a-z]+)+)[}\"]");
        Set<String> keys = new TreeSet<>();
        for (String module : List.of("cms-core", "cms-publish", "cms-web")) {
            Path main = root.resolve(module).resolve("src/main");
            try (Stream<Path> files = Files.walk(main)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher matcher = key.matcher(Files.readString(file));
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
            Path defaults = main.resolve("resources/META-INF/microprofile-config.properties");
            if (Files.exists(defaults)) {
                Files.readAllLines(defaults).stream().map(String::strip).filter(l -> l.startsWith("cms."))
                        .map(l -> l.substring(0, l.indexOf('='))).forEach(keys::add);
            }
        }
        return keys.stream().map(k -> k.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The asadmin commands of a command file, without comments and blank lines. */
    private static List<String> commands(String file) throws IOException {
        return Files.readAllLines(root.resolve(file)).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** Docker's durations as compose and the Dockerfile write them: 90s, 5m, 1m30s. */
    private static long seconds(String duration) {
        Matcher part = Pattern.compile("(\\d+)([hms])").matcher(duration);
        long seconds = 0;
        while (part.find()) {
            seconds += Long.parseLong(part.group(1)) * switch (part.group(2)) {
                case "h" -> 3600;
                case "m" -> 60;
                default -> 1;
            };
        }
        return seconds;
    }

    private static Map<String, Map<String, Object>> services() {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        map(compose.get("services")).forEach((name, service) -> services.put(name, map(service)));
        return services;
    }

    /** The Newsdesk instances: the services built from our Dockerfile. */
    private static Map<String, Map<String, Object>> instances() {
        Map<String, Map<String, Object>> instances = new LinkedHashMap<>(services());
        instances.values().removeIf(s -> !(s.get("build") instanceof Map<?, ?> b && DOCKERFILE.equals(b.get("dockerfile"))));
        return instances;
    }

    /** The Payara Micro arguments an instance runs with: the image's entrypoint, then compose's command or the image's CMD. */
    private static List<String> arguments(Map<String, Object> instance) {
        List<String> args = new ArrayList<>(dockerfile.exec("ENTRYPOINT"));
        Object command = instance.get("command");
        if (command == null) {
            args.addAll(dockerfile.exec("CMD"));
        } else {
            ((List<?>) command).forEach(a -> args.add(a.toString()));
        }
        return args;
    }

    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object declared = service.get("environment");
        if (declared instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(k.toString(), v == null ? null : v.toString()));
        } else if (declared instanceof List<?> l) {
            l.forEach(e -> env.put(e.toString().split("=", 2)[0], e.toString().contains("=") ? e.toString().split("=", 2)[1] : null));
        }
        return env;
    }

    private static Optional<String> option(List<String> args, String option) {
        int at = args.lastIndexOf(option);
        return at >= 0 && at + 1 < args.size() ? Optional.of(args.get(at + 1)) : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertThat(yaml).isInstanceOf(Map.class);
        return (Map<String, Object>) yaml;
    }

    private static List<String> find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1).strip());
        }
        return found;
    }

    private static String xpath(Path xml, String expression) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        return XPathFactory.newInstance().newXPath().evaluate(expression, document).strip();
    }

    /** The instructions of a Dockerfile, continuation lines joined and comments dropped. */
    private record Dockerfile(List<Map.Entry<String, String>> instructions) {

        static Dockerfile parse(String text) {
            List<Map.Entry<String, String>> instructions = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                String stripped = line.strip();
                if (stripped.startsWith("#") || stripped.isEmpty() && current.isEmpty()) {
                    continue;
                }
                if (stripped.endsWith("\\")) {
                    current.append(stripped, 0, stripped.length() - 1).append(' ');
                    continue;
                }
                current.append(stripped);
                String[] parts = current.toString().strip().split("\\s+", 2);
                instructions.add(Map.entry(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
                current.setLength(0);
            }
            return new Dockerfile(instructions);
        }

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.getKey().equals(keyword)).map(Map.Entry::getValue).toList();
        }

        /** The exec (JSON) form of the last ENTRYPOINT or CMD. */
        List<String> exec(String keyword) {
            List<String> found = all(keyword);
            assertThat(found).as(keyword).isNotEmpty();
            String json = found.get(found.size() - 1);
            assertThat(json).as(keyword + " in exec form").startsWith("[");
            return find(json, "\"((?:[^\"\\\\]|\\\\.)*)\"");
        }

        /** COPY source → destination. */
        Map<String, String> copies() {
            Map<String, String> copies = new LinkedHashMap<>();
            for (String copy : all("COPY")) {
                List<String> words = new ArrayList<>(List.of(copy.split("\\s+")));
                words.removeIf(w -> w.startsWith("--"));
                copies.put(words.get(0), words.get(words.size() - 1));
            }
            return copies;
        }

        Map<String, String> env() {
            Map<String, String> env = new LinkedHashMap<>();
            all("ENV").forEach(e -> env.put(e.split("[=\\s]", 2)[0], e.split("[=\\s]", 2)[1]));
            return env;
        }
    }
}
