package org.newsdesk.cms.web.delivery;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.newsdesk.cms.publish.delivery.KeptPages;
import org.newsdesk.cms.web.support.RequestCounts;

/**
 * Puts the {@link FrontDoor} in front of Payara's web container on every HTTP listener, and takes
 * it away when the application goes.
 *
 * <p>No specification offers a place before the web container, so this reaches into Payara (as
 * Payara 6 and 7 are built): its service registry ({@code Globals}), its {@code GrizzlyService},
 * each network listener's Grizzly filter chain, and the {@link HttpServerFilter} whose handler is
 * Payara's {@code ContainerMapper}. Should any of that not be there (another server, a Payara that
 * changed), the door is simply not installed: readers are served by the web container as before,
 * and the start-up log says so. A container test fails if the door stops answering.
 *
 * <p>Listeners can start, or be restarted, after the application (Payara Micro in the Docker image
 * opens its listener once the deployment is done), so the listeners are looked at again every
 * {@value #LOOK_SECONDS} seconds; a look costs microseconds.
 *
 * <p>{@code cms.site.front-door=false} leaves the door out: every request then goes through the web
 * container.
 */
@WebListener
public class FrontDoorInstaller implements ServletContextListener {

    static final String ANSWERS = "newsdesk.front.door.answers";
    static final int LOOK_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(FrontDoorInstaller.class.getName());
    private static final Metadata ANSWERS_METADATA = Metadata.builder()
            .withName(ANSWERS)
            .withDescription("Public pages answered from the page cache before the web container, by the front door "
                    + "(also counted in newsdesk.requests and newsdesk.page.cache.hits)")
            .build();

    @Inject
    KeptPages kept;

    @Inject
    RequestCounts counts;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "cms.site.front-door", defaultValue = "true")
    boolean wanted;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The doors this application put in, by the listener filter they are on. */
    private final Map<HttpServerFilter, FrontDoor> doors = new ConcurrentHashMap<>();
    private volatile String contextPath;
    private volatile Counter answers;
    private volatile ScheduledFuture<?> looking;
    private volatile boolean unavailableLogged;
    /** The application is going: no door goes in any more. */
    private boolean gone;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!wanted) {
            LOG.info("Front door: off (cms.site.front-door=false); readers' pages go through the web container");
            return;
        }
        contextPath = event.getServletContext().getContextPath();
        answers = metrics.counter(ANSWERS_METADATA);
        look();
        looking = scheduler.scheduleWithFixedDelay(this::look, LOOK_SECONDS, LOOK_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public synchronized void contextDestroyed(ServletContextEvent event) {
        gone = true;
        ScheduledFuture<?> stopping = looking;
        if (stopping != null) {
            stopping.cancel(false);
        }
        doors.forEach((filter, door) -> {
            door.close();
            if (filter.getHttpHandler() == door) {
                filter.setHttpHandler(door.inner());
            }
        });
        doors.clear();
    }

    /** Puts a door on every listener that has none (a listener started or restarted since the last look). */
    synchronized void look() {
        if (gone) {
            return;
        }
        List<HttpServerFilter> filters;
        try {
            filters = httpServerFilters();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            if (!unavailableLogged) {
                unavailableLogged = true;
                LOG.log(Level.INFO, "Front door: not available on this server (" + e + "); readers' pages go through the web container", e);
            }
            return;
        }
        for (HttpServerFilter filter : filters) {
            HttpHandler handler = filter.getHttpHandler();
            if (handler == null || isADoor(handler)) {
                continue;
            }
            FrontDoor door = new FrontDoor(handler, contextPath, kept, counts, answers);
            filter.setHttpHandler(door);
            doors.put(filter, door);
            LOG.info(() -> "Front door: kept public pages under '" + contextPath + "/' answered before the web container ("
                    + handler.getClass().getName() + ")");
        }
        // a listener gone (restarted) takes its door with it
        doors.keySet().removeIf(filter -> !filters.contains(filter));
    }

    /** A door already, this application's or another's (two doors in a row would answer nothing more). */
    private static boolean isADoor(HttpHandler handler) {
        return handler.getClass().getName().equals(FrontDoor.class.getName());
    }

    /** The HTTP server filter of every network listener Payara runs now. */
    private static List<HttpServerFilter> httpServerFilters() throws ReflectiveOperationException {
        ClassLoader server = HttpServerFilter.class.getClassLoader();
        Class<?> globals = Class.forName("org.glassfish.internal.api.Globals", true, server);
        Object registry = globals.getMethod("getDefaultHabitat").invoke(null);
        Class<?> registryType = Class.forName("org.glassfish.hk2.api.ServiceLocator", true, server);
        Method getService = registryType.getMethod("getService", Class.class, Annotation[].class);
        Method getAllServices = registryType.getMethod("getAllServices", Class.class, Annotation[].class);
        Class<?> grizzlyServiceType = Class.forName("com.sun.enterprise.v3.services.impl.GrizzlyService", true, server);
        Object grizzlyService = getService.invoke(registry, grizzlyServiceType, new Annotation[0]);
        Class<?> listenerType = Class.forName("org.glassfish.grizzly.config.dom.NetworkListener", true, server);
        Method lookupProxy = grizzlyServiceType.getMethod("lookupNetworkProxy", listenerType);
        List<HttpServerFilter> filters = new ArrayList<>();
        for (Object listener : (List<?>) getAllServices.invoke(registry, listenerType, new Annotation[0])) {
            Object proxy = lookupProxy.invoke(grizzlyService, listener);
            if (proxy == null) {
                continue; // a listener that is not running
            }
            Object grizzlyListener = proxy.getClass().getMethod("getUnderlyingListener").invoke(proxy);
            if (grizzlyListener == null) {
                continue;
            }
            Method getFilters = grizzlyListener.getClass().getMethod("getFilters", Class.class);
            for (Object filter : (List<?>) getFilters.invoke(grizzlyListener, HttpServerFilter.class)) {
                filters.add((HttpServerFilter) filter);
            }
        }
        return filters;
    }
}
