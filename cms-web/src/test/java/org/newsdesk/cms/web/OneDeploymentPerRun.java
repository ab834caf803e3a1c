package org.newsdesk.cms.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.protocol.servlet5.ServletMethodExecutor;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.annotation.SuiteScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * One Payara Micro start for every Arquillian test class of a failsafe run, instead of one per
 * class. Payara Micro cannot deploy into a running server, so each class's deployment used to be
 * a whole server start (20 to 40 s here); with some twenty classes on H2 and again on PostgreSQL
 * that was most of CI's time. The tests already keep out of each other's way on a shared
 * database (each gets a newsroom of its own, {@link TestNewsroom}), so nothing they check
 * depended on a fresh server.
 *
 * <p>How: at the start of the run, the deployment {@link CmsWar#suite()} describes is generated
 * once and kept in the suite's scope, where every class finds it; the first class deploys it, and
 * the classes' own generate, deploy and undeploy steps are skipped until the container stops at
 * the end of the run. (The idea is the one the Jakarta TCKs use through a third-party "suite
 * extension"; that library pulls old scanning libraries in and is no longer maintained, and the
 * part we need is this small.)
 */
public final class OneDeploymentPerRun implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    public static final class Deployer {

        private static final Logger LOG = Logger.getLogger(OneDeploymentPerRun.class.getName());

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        @SuiteScoped
        private InstanceProducer<DeploymentScenario> suiteScenario;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        @Inject
        private Instance<ProtocolMetaData> protocol;

        private final AtomicBoolean generating = new AtomicBoolean();
        private final AtomicBoolean deployed = new AtomicBoolean();
        private final AtomicBoolean stopping = new AtomicBoolean();

        /** Before any class: the run's one deployment, generated in the scope of the class that describes it. */
        public void generateOnce(@Observes(precedence = -100) BeforeSuite event) {
            classContext.get().activate(CmsWar.class);
            try {
                generating.set(true);
                generate.fire(new GenerateDeployment(new TestClass(CmsWar.class)));
                suiteScenario.set(classScenario.get());
            } finally {
                generating.set(false);
                classContext.get().deactivate();
            }
        }

        public void onlyTheRunsDeployment(@Observes EventContext<GenerateDeployment> step) {
            if (generating.get()) {
                step.proceed();
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> step) {
            if (deployed.compareAndSet(false, true)) {
                step.proceed();
            }
        }

        public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> step) {
            if (stopping.get()) {
                step.proceed();
            }
        }

        public void stop(@Observes BeforeStop event) {
            if (deployed.get() && stopping.compareAndSet(false, true)) {
                undeploy.fire(new UnDeployManagedDeployments());
            }
        }

        /**
         * Payara's Arquillian adapter learns the deployment's servlets from the instance
         * configuration Payara Micro prints at start, but it reads that output every 200 ms and
         * parses the first snapshot that reaches the HTTPS port line: when the snapshot stops
         * before the list of deployed servlets, it knows none, and every test run inside the server
         * fails with "ArquillianServletRunnerEE9 not found" (a loaded machine makes the gap likely;
         * it failed whole test classes before, and would fail the whole run now). The one
         * deployment is ROOT.war, so the test runner's servlet is at the root: say so when the
         * adapter could not.
         */
        public void testRunnerAtTheRoot(@Observes AfterDeploy event) {
            ProtocolMetaData deployed = protocol.get();
            if (deployed == null) {
                return;
            }
            for (HTTPContext server : deployed.getContexts(HTTPContext.class)) {
                if (server.getServlets().stream().noneMatch(s -> s.getName().equals(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME))) {
                    LOG.info("The adapter read Payara Micro's deployments before they were printed: the test runner is at the root");
                    server.add(new Servlet(ServletMethodExecutor.ARQUILLIAN_SERVLET_NAME, "/"));
                }
            }
        }
    }
}
