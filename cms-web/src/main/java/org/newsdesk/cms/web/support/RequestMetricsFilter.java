package org.newsdesk.cms.web.support;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Counts every request the web container answers, by area and status class ({@link RequestCounts}). */
// mapped in web.xml: first of all filters, so that it sees the answer whoever gives it
@WebFilter(filterName = "RequestMetrics")
public class RequestMetricsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestCounts counts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<SiteArea> area = SiteArea.of(request.getRequestURI().substring(request.getContextPath().length()));
        if (area.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        boolean answered = false;
        try {
            chain.doFilter(request, response);
            answered = true;
        } finally {
            // an exception not yet sent becomes the container's 500 page
            int status = answered || response.isCommitted() ? response.getStatus() : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            counts.answered(area.get(), status);
        }
    }
}
