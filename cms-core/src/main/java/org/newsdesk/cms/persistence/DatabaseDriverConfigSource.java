package org.newsdesk.cms.persistence;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.newsdesk.cms.startup.StartWatch;

/**
 * Derives {@code cms.db.driver} (the JDBC DataSource class; Payara pools need a DataSource, not a Driver) from {@code cms.db.url}, so that setting {@code CMS_DB_URL} to a
 * PostgreSQL URL is all it takes to switch databases. An explicit {@code CMS_DB_DRIVER} still wins:
 * this source ranks below every other.
 *
 * <p>Also derives {@code cms.db.connection-url}, the URL the pool connects with: {@code cms.db.url}
 * with PostgreSQL's network time limits added where it sets none ({@link DatabaseConnectionUrl}).
 */
public class DatabaseDriverConfigSource implements ConfigSource {

    static final String DRIVER = "cms.db.driver";
    private static final Map<String, String> DRIVERS_BY_URL_PREFIX = Map.of(
            "jdbc:postgresql:", "org.postgresql.ds.PGSimpleDataSource",
            "jdbc:h2:", "org.h2.jdbcx.JdbcDataSource");

    static final String CONNECTION_URL = "cms.db.connection-url";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DRIVER, CONNECTION_URL);
    }

    @Override
    public String getValue(String propertyName) {
        if (CONNECTION_URL.equals(propertyName)) {
            return ConfigProvider.getConfig().getOptionalValue("cms.db.url", String.class)
                    .map(DatabaseConnectionUrl::of)
                    .orElse(null);
        }
        if (!DRIVER.equals(propertyName)) {
            return null;
        }
        // Payara asks while it deploys the datasource, before anything else of Newsdesk runs
        StartWatch.arm();
        // Read lazily: by the time anyone asks for the driver, the configuration is built.
        return ConfigProvider.getConfig().getOptionalValue("cms.db.url", String.class)
                .map(DatabaseDriverConfigSource::driverFor)
                .orElse(null);
    }

    static String driverFor(String url) {
        return DRIVERS_BY_URL_PREFIX.entrySet().stream()
                .filter(entry -> url.startsWith(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "Newsdesk database driver and connection URL, derived from cms.db.url";
    }
}
