package org.newsdesk.cms.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.persistence.DatabaseUnavailable;

/**
 * A request that needed the database while it was away answers 503 with a short page ("Not
 * available right now", errors/503.html) and {@value #RETRY_AFTER_SECONDS} s in Retry-After, instead
 * of the 500 page: a reader asking for a page the cache does not hold, an editor opening a list.
 * Pages the cache holds never get here (the public site answers them without the database), and
 * the article editor answers a failed save itself, with the form and the typed text.
 *
 * <p>The 503 is marked {@code no-store}: a CDN in front keeps serving its own copy of the page
 * ({@code stale-if-error}) rather than this one. The database's absence is logged once by the
 * readiness check when it begins and ends; each request it fails is logged only at FINE.
 */
// mapped in web.xml: after the request counts and security headers (so the 503 is counted and
// carries them), before the public site and the admin UI
@WebFilter(filterName = "DatabaseOutage")
public class DatabaseOutageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

    /** About how long a database restart or failover takes: long enough not to hammer it. */
    public static final int RETRY_AFTER_SECONDS = 30;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseUnavailable.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            LOG.log(Level.FINE, failure, () -> "The database is not answering: 503 for " + request.getRequestURI());
            response.resetBuffer();
            answerUnavailable(response);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** The headers of every "database not answering" answer, this filter's and the editor's. */
    public static void answerUnavailable(HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
    }
}
