package org.newsdesk.cms.web;

import java.io.File;
import java.net.URISyntaxException;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployments of the container tests: always the real {@code target/cms.war} the build made,
 * never a hand-picked set of classes.
 */
final class CmsWar {

    private CmsWar() {
    }

    /** The WAR exactly as it is deployed, for tests that act from outside like any client. */
    static WebArchive asBuilt() {
        return ShrinkWrap.create(ZipImporter.class, "cms.war").importFrom(new File("target/cms.war")).as(WebArchive.class);
    }

    /**
     * The WAR at the context root {@code /}, as operators deploy it (Payara Micro deploys a
     * {@code ROOT.war} there): the public site shares the root with Payara's own endpoints.
     */
    static WebArchive atRoot() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File("target/cms.war")).as(WebArchive.class);
    }

    /**
     * The WAR for tests that run inside the server ({@link ContainerTest}): with AssertJ and every
     * helper those tests share, from each test's own newsroom to a second editor's transaction.
     */
    static WebArchive with() {
        try {
            return asBuilt()
                    .addClasses(ContainerTest.class, TestNewsroom.class, Story.class, TestAccounts.class, Browser.class,
                            SettableClock.class, TestClockProducer.class, RecordedEvents.class, ConcurrentEditor.class,
                            Waiting.class, RoleMatrix.class, Pictures.class)
                    .addAsLibraries(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("AssertJ's jar has no file location", e);
        }
    }
}
