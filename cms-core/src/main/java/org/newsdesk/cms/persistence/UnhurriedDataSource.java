package org.newsdesk.cms.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;

/**
 * The application's pooled DataSource for work that may rightly take long, the schema migrations:
 * each connection it hands out has the network time limit lifted ({@link DatabaseConnectionUrl}
 * gives every pooled PostgreSQL connection {@value DatabaseConnectionUrl#SOCKET_TIMEOUT_SECONDS} s,
 * and building an index on a large archive can take longer), and put back when the connection is
 * closed, before it returns to the pool for requests. A driver that has no network time limit
 * (H2) is left alone.
 */
final class UnhurriedDataSource {

    /** Where a driver runs the change of the time limit: at once, on the calling thread. */
    private static final Executor AT_ONCE = Runnable::run;

    private UnhurriedDataSource() {
    }

    static DataSource of(DataSource pooled) {
        return (DataSource) Proxy.newProxyInstance(UnhurriedDataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    Object answer = invoke(pooled, method, arguments);
                    return answer instanceof Connection connection ? unhurried(connection) : answer;
                });
    }

    private static Connection unhurried(Connection connection) {
        int limit;
        try {
            limit = connection.getNetworkTimeout();
            connection.setNetworkTimeout(AT_ONCE, 0);
        } catch (SQLException | UnsupportedOperationException | AbstractMethodError noSuchLimit) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(UnhurriedDataSource.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0 && !connection.isClosed()) {
                        try {
                            connection.setNetworkTimeout(AT_ONCE, limit);
                        } catch (SQLException gone) {
                            // a connection that broke is dropped by the pool's check anyway
                        }
                    }
                    return invoke(connection, method, arguments);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
