package org.newsdesk.cms.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of the container tests: always the real {@code target/cms.war} the build made,
 * never a hand-picked set of classes, at the context root {@code /} as operators deploy it.
 * Every Arquillian test class of a run shares it ({@link OneDeploymentPerRun}).
 */
final class CmsWar {

    private CmsWar() {
    }

    /**
     * The WAR at the context root {@code /}, as operators deploy it (Payara Micro deploys a
     * {@code ROOT.war} there; the public site shares the root with Payara's own endpoints), with
     * what the tests that run inside the server ({@link ContainerTest}) need: each such test
     * class, AssertJ and every helper they share, from each test's own newsroom to a second
     * editor's transaction. Tests that act from outside ({@link ClientTest}) use it as readers do.
     */
    @Deployment
    static WebArchive suite() {
        try {
            return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(new File("target/cms.war")).as(WebArchive.class)
                    .addClasses(ContainerTest.class, TestNewsroom.class, Story.class, TestAccounts.class, Browser.class,
                            SettableClock.class, TestClockProducer.class, RecordedEvents.class, ConcurrentEditor.class,
                            Waiting.class, RoleMatrix.class, Pictures.class, SqlStatements.class)
                    .addClasses(containerTestClasses())
                    .addAsLibraries(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("AssertJ's jar has no file location", e);
        }
    }

    /** Every concrete {@link ContainerTest} compiled beside this class: they all run in the one deployment. */
    private static Class<?>[] containerTestClasses() {
        Path here = Path.of("target/test-classes", CmsWar.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(here)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> load(CmsWar.class.getPackageName() + "." + name.substring(0, name.length() - ".class".length())))
                    .filter(type -> ContainerTest.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers()))
                    .toArray(Class<?>[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the compiled tests in " + here, e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CmsWar.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A compiled test that cannot be loaded: " + name, e);
        }
    }
}
