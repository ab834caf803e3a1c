package org.newsdesk.cms.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink, told not to wait out a lost database. By default, when a read fails for want of the
 * database, EclipseLink waits 5 s and tries again, twice: a reader asking for a page the cache does
 * not hold waited 10 s for the 500 page while the database was down (measured; with 32 requests
 * like it, every pooled thread waits). The pool now checks each connection before handing it out
 * and drops them all after a failed check (see {@link DatabaseMigrations}), so a dead connection
 * left over from before an outage is no longer what fails a read, and a retry would only make the
 * reader wait again (a database that has gone dark costs {@link DatabaseConnectionUrl}'s time limits
 * per attempt). With the database gone, the request fails at once and the reader gets the 503 page,
 * the editor their form.
 *
 * <p>Named in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class OutageTolerantSession implements SessionCustomizer {

    static final int RETRIES = 0;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(RETRIES);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
