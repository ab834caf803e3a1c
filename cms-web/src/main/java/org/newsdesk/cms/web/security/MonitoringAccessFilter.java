package org.newsdesk.cms.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/**
 * Payara's {@code /metrics} (heap, pools, request counts) and {@code /openapi} (every admin path)
 * are for the newsroom's administrators and its monitoring, not for readers or other staff.
 * Payara registers both as servlets inside cms.war, because it is deployed at {@code /}, so this
 * filter in front of them decides, on every port and behind any proxy:
 *
 * <ul>
 *   <li>a request with {@code Authorization: Bearer} and the configured {@code cms.metrics.token}
 *       (CMS_METRICS_TOKEN, at least {@value #SHORTEST_TOKEN} characters) passes: that is how
 *       Prometheus scrapes each instance; any other bearer token gets 401;</li>
 *   <li>a signed-in ADMIN passes (the role read from the staff record, as everywhere);</li>
 *   <li>everyone else, signed out or signed in without ADMIN, gets the site's 404, as if the
 *       address did not exist (which is what nginx answers at the edge, too).</li>
 * </ul>
 *
 * <p>{@code /health} is not behind it: a load balancer must reach it, and it says only UP or DOWN.
 */
// mapped in web.xml to /metrics/* and /openapi/*, after ActiveStaff (which ends a stale session first)
@WebFilter(filterName = "MonitoringAccess")
public class MonitoringAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int SHORTEST_TOKEN = 16;
    private static final String BEARER = "Bearer ";
    private static final Logger LOG = Logger.getLogger(MonitoringAccessFilter.class.getName());

    @Inject
    transient StaffService staff;

    @Inject
    @ConfigProperty(name = "cms.metrics.token")
    transient Optional<String> configuredToken;

    /** The token as bytes, or null when none (or none long enough) is configured. */
    private transient byte[] token;

    @Override
    public void init() {
        token = configuredToken.map(String::strip).filter(value -> !value.isEmpty()).map(value -> {
            if (value.length() < SHORTEST_TOKEN) {
                LOG.warning("cms.metrics.token (CMS_METRICS_TOKEN) is shorter than " + SHORTEST_TOKEN
                        + " characters and is not accepted: /metrics and /openapi are for signed-in administrators only");
                return null;
            }
            return value.getBytes(StandardCharsets.UTF_8);
        }).orElse(null);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "private, no-store");
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            if (matchesToken(authorization.substring(BEARER.length()).strip())) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"newsdesk-monitoring\", error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if (isAdministrator(request.getUserPrincipal())) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** In constant time, so that the answer's timing does not give the token away character by character. */
    private boolean matchesToken(String presented) {
        return token != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    private boolean isAdministrator(Principal caller) {
        return caller != null && staff.findActive(caller.getName()).filter(member -> member.can(Role.ADMIN)).isPresent();
    }
}
