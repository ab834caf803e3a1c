package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deregisters the JDBC drivers cms.war brought (PostgreSQL's) when Newsdesk stops. A driver
 * registers itself with the JVM-wide DriverManager when first used; left there, it holds on to
 * the application's class loader after an undeploy, and Payara says so with a WARNING on every
 * stop ("registered the JDBC driver ... but failed to unregister it"). H2's driver is Payara's
 * own and stays.
 */
@ApplicationScoped
public class DriverCleanup {

    private static final Logger LOG = Logger.getLogger(DriverCleanup.class.getName());

    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
        ClassLoader ours = DriverCleanup.class.getClassLoader();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() != ours) {
                continue;
            }
            try {
                DriverManager.deregisterDriver(driver);
                LOG.fine(() -> "Deregistered the JDBC driver " + driver.getClass().getName());
            } catch (SQLException | SecurityException e) {
                LOG.log(Level.INFO, "Could not deregister the JDBC driver " + driver.getClass().getName()
                        + "; Payara deregisters it when it discards the application", e);
            }
        }
    }
}
