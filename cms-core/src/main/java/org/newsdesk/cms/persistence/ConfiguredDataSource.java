package org.newsdesk.cms.persistence;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.newsdesk.cms.startup.StartWatch;

/**
 * The class Payara's pool instantiates for {@code java:app/jdbc/newsdesk}: the JDBC DataSource
 * named by {@code cms.db.driver} (H2's or PostgreSQL's, derived from the URL by
 * {@link DatabaseDriverConfigSource}), set up with {@code cms.db.url} (with the network time limits of
 * {@link DatabaseConnectionUrl}), {@code cms.db.user} and
 * {@code cms.db.password} from MicroProfile Config.
 *
 * <p>Why not {@code url = "${MPCONFIG=cms.db.url}"} in the {@code @DataSourceDefinition}: Payara
 * expands those expressions while it reads the annotations, before the application's own
 * configuration exists, and logs a WARNING for each ("no value found, no default given"), then a
 * RAR8068 WARNING because the class name is still an unexpanded expression; a default in the
 * expression would be taken for good. Here the configuration is read when Payara first creates a
 * connection, inside the application, where every source (environment, system properties, the
 * application's defaults) is known. A clean start logs no WARNING.
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource target;
    private PrintWriter logWriter;
    private int loginTimeout;

    public ConfiguredDataSource() {
        // Payara creates the pool while it deploys, before any Newsdesk bean runs
        StartWatch.arm();
    }

    private DataSource target() throws SQLException {
        DataSource current = target;
        if (current == null) {
            synchronized (this) {
                if (target == null) {
                    target = openAsApplication();
                    if (logWriter != null) {
                        target.setLogWriter(logWriter);
                    }
                    if (loginTimeout != 0) {
                        target.setLoginTimeout(loginTimeout);
                    }
                }
                current = target;
            }
        }
        return current;
    }

    /**
     * Payara creates connections with no context class loader, and MicroProfile Config finds an
     * application's configuration by it (also when {@link DatabaseDriverConfigSource} reads the URL).
     */
    private static DataSource openAsApplication() throws SQLException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader application = ConfiguredDataSource.class.getClassLoader();
        thread.setContextClassLoader(application);
        try {
            return open(ConfigProvider.getConfig(application));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    static DataSource open(Config config) throws SQLException {
        // cms.db.url with network time limits (DatabaseConnectionUrl), derived by DatabaseDriverConfigSource
        String url = config.getValue(DatabaseDriverConfigSource.CONNECTION_URL, String.class);
        String className = config.getOptionalValue(DatabaseDriverConfigSource.DRIVER, String.class)
                .orElseThrow(() -> new SQLException(
                        "No JDBC DataSource class is known for the database URL CMS_DB_URL names: set CMS_DB_DRIVER"));
        DataSource dataSource;
        try {
            Class<?> type = Class.forName(className, true, ConfiguredDataSource.class.getClassLoader());
            dataSource = (DataSource) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("CMS_DB_DRIVER " + className + " is not a JDBC DataSource class this server can load", e);
        }
        set(dataSource, List.of("setURL", "setUrl"), url);
        set(dataSource, List.of("setUser"), config.getValue("cms.db.user", String.class));
        set(dataSource, List.of("setPassword"), config.getOptionalValue("cms.db.password", String.class).orElse(""));
        return dataSource;
    }

    /** The first of the JavaBean setters the class has (H2 says setURL, PostgreSQL both). */
    private static void set(DataSource dataSource, List<String> setters, String value) throws SQLException {
        for (String setter : setters) {
            Method method;
            try {
                method = dataSource.getClass().getMethod(setter, String.class);
            } catch (NoSuchMethodException e) {
                continue;
            }
            try {
                method.invoke(dataSource, value);
                return;
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new SQLException(dataSource.getClass().getName() + "." + setter + " failed", e);
            }
        }
        throw new SQLException(dataSource.getClass().getName() + " has none of " + setters);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return target().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target == null ? logWriter : target.getLogWriter();
    }

    @Override
    public synchronized void setLogWriter(PrintWriter out) throws SQLException {
        logWriter = out;
        if (target != null) {
            target.setLogWriter(out);
        }
    }

    @Override
    public synchronized void setLoginTimeout(int seconds) throws SQLException {
        loginTimeout = seconds;
        if (target != null) {
            target.setLoginTimeout(seconds);
        }
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target == null ? loginTimeout : target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the database driver's own logging is not routed through java.util.logging here");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return target().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target().isWrapperFor(type);
    }
}
