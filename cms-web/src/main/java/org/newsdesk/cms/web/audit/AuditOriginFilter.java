package org.newsdesk.cms.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsdesk.cms.audit.RequestOrigin;
import org.newsdesk.cms.web.security.ClientAddress;

/**
 * Tells the core's audit log where each admin request came from: the client's address as the
 * proxies we trust report it ({@code cms.proxy.trusted}), never an {@code X-Forwarded-For} that
 * anyone could have written. The core cannot read HTTP itself.
 */
// mapped in web.xml to /admin/*
@WebFilter(filterName = "AuditOrigin")
public class AuditOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestOrigin origin;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.cameFrom(clientAddress.of(request));
        chain.doFilter(request, response);
    }
}
