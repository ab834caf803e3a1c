package org.newsdesk.cms.web.support;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseUnavailable;

/**
 * An admin screen that needs the database while it is away (the article list, the dashboard)
 * answers 503 with the status alone, so the container shows errors/503.html ("Not available right
 * now"), with Retry-After; JAX-RS would otherwise turn the failure into its default 500. These are
 * the types a lost database arrives as from the services (JPA, a @Transactional method, an EJB);
 * any other failure of theirs is answered as before: logged, and the 500 page. The article editor
 * answers a failed save itself, with the form and the typed text.
 */
public final class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class.getName());

    private DatabaseOutages() {
    }

    static Response answer(RuntimeException failure) {
        if (DatabaseUnavailable.isCauseOf(failure)) {
            LOG.log(Level.FINE, "The database is not answering: 503", failure);
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .header("Retry-After", DatabaseOutageFilter.RETRY_AFTER_SECONDS)
                    .header("Cache-Control", "no-store").build();
        }
        LOG.log(Level.WARNING, "An admin request failed", failure);
        return Response.serverError().build();
    }

    @Provider
    public static class Persistence implements ExceptionMapper<PersistenceException> {
        @Override
        public Response toResponse(PersistenceException failure) {
            return answer(failure);
        }
    }

    @Provider
    public static class Transactional implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException failure) {
            return answer(failure);
        }
    }

    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException failure) {
            return answer(failure);
        }
    }
}
