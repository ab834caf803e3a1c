package org.newsdesk.cms.web;

import java.util.Map;

/**
 * The accounts every test signs in with, in one place. The administrator is the one the build
 * has Newsdesk create on its first start (CMS_ADMIN_USER and CMS_ADMIN_PASSWORD in the failsafe
 * environment of cms-web/pom.xml; ClusterIT hands the same two to scripts/local-cluster).
 */
public final class TestAccounts {

    public static final String ADMIN = "chief";
    public static final String ADMIN_PASSWORD = "correct horse battery";
    /**
     * The monitoring token (CMS_METRICS_TOKEN in the failsafe environment; LocalCluster hands it to
     * scripts/local-cluster): what Prometheus sends to read /metrics.
     */
    public static final String MONITORING_TOKEN = "monitoring-token-of-the-container-tests";
    /** The header a scraper sends with every request for /metrics. */
    public static final Map<String, String> MONITORING = Map.of("Authorization", "Bearer " + MONITORING_TOKEN);
    /** Every test's own staff share this password; the usernames are what is unique. */
    public static final String STAFF_PASSWORD = "a long enough password";

    private TestAccounts() {
    }
}
