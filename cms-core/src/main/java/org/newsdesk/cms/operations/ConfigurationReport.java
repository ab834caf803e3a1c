package org.newsdesk.cms.operations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logs, once at start-up and before the migrations run, the configuration this instance actually
 * runs with: what an operator checks first when something is off. Passwords are never read here:
 * neither {@code cms.db.password} nor {@code cms.admin.password}, and a password written into the
 * JDBC URL is hidden ({@link JdbcUrls}).
 */
@Singleton
@Startup
public class ConfigurationReport {

    private static final Logger LOG = Logger.getLogger(ConfigurationReport.class.getName());

    @Inject
    @ConfigProperty(name = "cms.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "cms.db.user")
    String databaseUser;

    /** Derived from the URL unless set (DatabaseDriverConfigSource); absent for an unknown database. */
    @Inject
    @ConfigProperty(name = "cms.db.driver")
    Optional<String> databaseDriver;

    @Inject
    @ConfigProperty(name = "cms.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "cms.zone", defaultValue = "America/New_York")
    String zone;

    @Inject
    @ConfigProperty(name = "cms.site.url")
    Optional<String> siteUrl;

    @Inject
    @ConfigProperty(name = "cms.site.name", defaultValue = "Newsdesk")
    String siteName;

    @Inject
    @ConfigProperty(name = "cms.cache.shared", defaultValue = "true")
    boolean cacheShared;

    @Inject
    @ConfigProperty(name = "cms.admin.user", defaultValue = "admin")
    String adminUser;

    @Inject
    InstanceName instance;

    @PostConstruct
    void report() {
        Settings settings = new Settings(databaseUrl, databaseUser, databaseDriver, dataDir, zone, siteUrl, siteName,
                cacheShared, adminUser, Optional.of(instance.get()));
        LOG.info(() -> describe(settings));
    }

    /** Everything the report shows; nothing in it is a secret except what {@link #describe} hides. */
    record Settings(String databaseUrl, String databaseUser, Optional<String> databaseDriver, String dataDir,
                    String zone, Optional<String> siteUrl, String siteName, boolean cacheShared, String adminUser,
                    Optional<String> instanceName) {
    }

    static String describe(Settings settings) {
        StringBuilder report = new StringBuilder("Newsdesk configuration (passwords are never shown):");
        line(report, "database", JdbcUrls.withoutSecrets(settings.databaseUrl()) + " as user " + settings.databaseUser()
                + settings.databaseDriver().map(driver -> " (" + driver + ")").orElse(" (no DataSource class known for this URL: set CMS_DB_DRIVER)"));
        line(report, "data directory", Path.of(settings.dataDir()).toAbsolutePath().normalize().toString());
        line(report, "time zone", settings.zone());
        line(report, "site", "\u201c" + settings.siteName() + "\u201d at "
                + settings.siteUrl().filter(url -> !url.isBlank()).orElse("each request's own scheme and host (CMS_SITE_URL not set)"));
        line(report, "page cache", settings.cacheShared()
                ? "shared by the cluster through Payara's JCache (CMS_CACHE_SHARED=true)"
                : "in this JVM only (CMS_CACHE_SHARED=false)");
        settings.instanceName().filter(name -> !name.isBlank() && !name.equals(InstanceName.PAYARA_MICRO_INSTANCE))
                .ifPresent(name -> line(report, "instance", name));
        line(report, "administrator", settings.adminUser() + " (created on the first start of an empty database)");
        return report.toString();
    }

    private static void line(StringBuilder report, String label, String value) {
        report.append("\n  ").append(String.format("%-15s", label)).append(value);
    }
}
