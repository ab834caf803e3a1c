package org.newsdesk.cms.web.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.config.AuthConfigFactory;
import jakarta.security.auth.message.config.AuthConfigProvider;
import jakarta.security.auth.message.config.ClientAuthConfig;
import jakarta.security.auth.message.config.ServerAuthConfig;
import jakarta.security.auth.message.config.ServerAuthContext;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.newsdesk.cms.publish.url.PathOwner;

/**
 * Readers' page views skip the newsroom's sign-in machinery. Because the WAR uses Jakarta Security
 * (the admin sign-in, {@link AdminSecurityConfiguration}), Payara runs Jakarta Authentication on
 * every request, public pages included: its bridge to our sign-in (Soteria) looks up the
 * BeanManager in JNDI, resolves the sign-in bean and runs its interceptors, twice a request (once
 * before, once after). A flight recording of cached article views put that at a quarter of the
 * CPU a view cost.
 *
 * <p>This wraps the bridge Soteria registers for the application: a GET or HEAD of a path the
 * public site answers ({@link PathOwner#SITE}), which no security constraint covers, is let through
 * as an anonymous caller, which is what the bridge answers for such a request; everything else
 * (the admin UI and its sign-in form, the API, previews, Payara's endpoints, any request the
 * container calls protected, and every {@code request.authenticate()}) goes to the bridge exactly as
 * before. A signed-in editor reading the site is anonymous there, as the site treats everyone.
 */
@WebListener
public class ReadersSkipSignIn implements ServletContextListener {

    static final String LAYER = "HttpServlet";
    private static final String MANDATORY = "jakarta.security.auth.message.MessagePolicy.isMandatory";
    private static final Logger LOG = Logger.getLogger(ReadersSkipSignIn.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        // Soteria's own name for the application (Jaspic.getAppContextID), under which it registered
        String application = context.getVirtualServerName() + " " + context.getContextPath();
        try {
            AuthConfigFactory factory = AuthConfigFactory.getFactory();
            AuthConfigProvider signIn = factory == null ? null : factory.getConfigProvider(LAYER, application, null);
            if (signIn == null || signIn instanceof SkippingReaders) {
                LOG.fine(() -> "No Jakarta Authentication provider for " + application + ": nothing to skip");
                return;
            }
            factory.registerConfigProvider(new SkippingReaders(signIn), LAYER, application,
                    "Newsdesk: readers' pages skip the newsroom's sign-in");
        } catch (RuntimeException e) {
            // readers then go through the sign-in bridge as before: slower, never less safe
            LOG.log(Level.INFO, "Readers' pages go through the newsroom's sign-in (" + e + ")", e);
        }
    }

    /** Whether a request is a reader's view of the public site that no constraint protects. */
    static boolean isReadersView(MessageInfo message) {
        if (!(message.getRequestMessage() instanceof HttpServletRequest request)) {
            return false;
        }
        Object mandatory = message.getMap().get(MANDATORY);
        return isReadersView(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()),
                mandatory != null && Boolean.parseBoolean(mandatory.toString()));
    }

    /**
     * @param path      the path within the application
     * @param constrained whether the container found a security constraint that asks for a caller
     */
    static boolean isReadersView(String method, String path, boolean constrained) {
        return !constrained && ("GET".equals(method) || "HEAD".equals(method)) && PathOwner.of(path) == PathOwner.SITE;
    }

    /** Soteria's provider, with its server contexts wrapped. */
    private record SkippingReaders(AuthConfigProvider signIn) implements AuthConfigProvider {

        @Override
        public ServerAuthConfig getServerAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return new SkippingConfig(signIn.getServerAuthConfig(layer, appContext, handler), handler);
        }

        @Override
        public ClientAuthConfig getClientAuthConfig(String layer, String appContext, CallbackHandler handler)
                throws AuthException {
            return signIn.getClientAuthConfig(layer, appContext, handler);
        }

        @Override
        public void refresh() {
            signIn.refresh();
        }
    }

    private record SkippingConfig(ServerAuthConfig signIn, CallbackHandler handler) implements ServerAuthConfig {

        @Override
        public ServerAuthContext getAuthContext(String authContextID, Subject serviceSubject,
                                                @SuppressWarnings("rawtypes") Map properties) throws AuthException {
            ServerAuthContext context = signIn.getAuthContext(authContextID, serviceSubject, properties);
            return context == null ? null : new SkippingContext(context, handler);
        }

        @Override
        public String getAuthContextID(MessageInfo messageInfo) {
            return signIn.getAuthContextID(messageInfo);
        }

        @Override
        public String getMessageLayer() {
            return signIn.getMessageLayer();
        }

        @Override
        public String getAppContext() {
            return signIn.getAppContext();
        }

        @Override
        public void refresh() {
            signIn.refresh();
        }

        @Override
        public boolean isProtected() {
            return signIn.isProtected();
        }
    }

    private record SkippingContext(ServerAuthContext signIn, CallbackHandler handler) implements ServerAuthContext {

        @Override
        public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service) throws AuthException {
            if (!isReadersView(message)) {
                return signIn.validateRequest(message, client, service);
            }
            // what the bridge does for a request it has nothing to do with: an anonymous caller
            try {
                handler.handle(new Callback[] {new CallerPrincipalCallback(client, (String) null)});
            } catch (IOException | UnsupportedCallbackException e) {
                throw (AuthException) new AuthException("The anonymous caller was not accepted").initCause(e);
            }
            return AuthStatus.SUCCESS;
        }

        @Override
        public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
            return isReadersView(message) ? AuthStatus.SEND_SUCCESS : signIn.secureResponse(message, service);
        }

        @Override
        public void cleanSubject(MessageInfo message, Subject subject) throws AuthException {
            signIn.cleanSubject(message, subject);
        }
    }
}
