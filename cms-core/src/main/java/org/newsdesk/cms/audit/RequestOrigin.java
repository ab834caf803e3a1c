package org.newsdesk.cms.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the request being served came from, for the audit log. The core knows nothing of HTTP: the
 * admin UI's filter tells it the client's address at the start of each request (as the proxies we
 * trust report it). Work that no request started, such as the schedule, has no address.
 */
@RequestScoped
public class RequestOrigin {

    private String address;

    /** The client's address, e.g. {@code 203.0.113.7} or {@code 2001:db8::1}. */
    public void cameFrom(String clientAddress) {
        this.address = clientAddress;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }
}
