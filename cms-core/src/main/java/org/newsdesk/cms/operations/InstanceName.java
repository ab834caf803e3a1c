package org.newsdesk.cms.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What this instance is called in the log and in the record of scheduled publications, so an
 * operator knows which of several did what: {@code CMS_INSTANCE_NAME} if set, else a Payara
 * Server instance's own name, else the host name (a container's is its service name in compose).
 */
@ApplicationScoped
public class InstanceName {

    /** What Payara Micro calls every instance: no help in telling two apart. */
    static final String PAYARA_MICRO_INSTANCE = "server";

    @Inject
    @ConfigProperty(name = "cms.instance.name")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "payara.instance.name")
    Optional<String> payara;

    private volatile String name;

    public String get() {
        String known = name;
        if (known == null) {
            known = resolve(configured, payara, InstanceName::hostName);
            name = known;
        }
        return known;
    }

    static String resolve(Optional<String> configured, Optional<String> payara, Supplier<String> host) {
        return configured.filter(n -> !n.isBlank())
                .or(() -> payara.filter(n -> !n.isBlank() && !n.equals(PAYARA_MICRO_INSTANCE)))
                .orElseGet(host);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown host";
        }
    }
}
