package org.newsdesk.cms.web;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that acts from outside the server, like a reader, an editor's browser, a load balancer
 * or Prometheus, on the real cms.war the whole run shares ({@link CmsWar#suite()}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ClientTest {

    @ArquillianResource
    URL deployment;

    /**
     * The deployment's address on loopback, e.g. {@code http://127.0.0.1:8123} (the WAR is at the root). The adapter
     * names the machine's network address; the server listens on loopback too, which needs no network.
     */
    String base() {
        return "http://127.0.0.1:" + deployment.getPort() + deployment.getPath().replaceAll("/$", "");
    }
}
