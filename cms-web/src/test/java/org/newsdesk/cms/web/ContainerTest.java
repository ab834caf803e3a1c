package org.newsdesk.cms.web;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the server, on the real cms.war ({@link CmsWar#suite()}): each test method gets a newsroom of
 * its own ({@link TestNewsroom}) and the clock the tests set, which runs on from the real time
 * again after every test.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ContainerTest {

    @Inject
    TestNewsroom newsroom;

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.release();
    }
}
