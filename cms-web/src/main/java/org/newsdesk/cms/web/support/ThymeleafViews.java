package org.newsdesk.cms.web.support;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mvc.MvcContext;
import jakarta.mvc.engine.ViewEngine;
import jakarta.mvc.engine.ViewEngineContext;
import jakarta.mvc.engine.ViewEngineException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.newsdesk.cms.publish.page.RecordProperties;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.util.FastStringWriter;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders the admin UI's views: the Thymeleaf templates under {@value #FOLDER}, named by what a
 * controller returns ({@code "articles.html"}, {@code "staff/list.html"}), with the controller's
 * model and Jakarta MVC's context as {@code mvc} (its CSRF token).
 *
 * <p>Jakarta MVC's own Thymeleaf extension (krazo-thymeleaf) did the same at a cost the article
 * list showed at 100,000 stories, about a fifth of its time: it wrote the page a byte at a time
 * through four streams to the connection, and gave Thymeleaf the CDI proxy of the request, where
 * Thymeleaf keeps every variable of the page (each loop's too) as a request attribute, each read
 * and write a bean lookup. Here the page is rendered into memory and written at once, and its
 * variables are held beside the request, for the page alone.
 */
@ApplicationScoped
@Priority(ViewEngine.PRIORITY_APPLICATION)
public class ThymeleafViews implements ViewEngine {

    static final String FOLDER = "/WEB-INF/views/";
    private static final String SUFFIX = ".html";

    @Inject
    ServletContext servletContext;

    @Inject
    MvcContext mvc;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @PostConstruct
    void open() {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver views = new WebApplicationTemplateResolver(application);
        views.setPrefix(FOLDER);
        views.setSuffix(SUFFIX);
        views.setTemplateMode(TemplateMode.HTML);
        views.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RecordProperties.install(); // the admin's view models are records too
        engine = new TemplateEngine();
        engine.setTemplateResolver(views);
    }

    @Override
    public boolean supports(String view) {
        return view.endsWith(SUFFIX);
    }

    @Override
    public void processView(ViewEngineContext context) throws ViewEngineException {
        HttpServletRequest request = new PageRequest(context.getRequest(HttpServletRequest.class));
        WebContext page = new WebContext(application.buildExchange(request, context.getResponse(HttpServletResponse.class)),
                context.getLocale(), context.getModels().asMap());
        page.setVariable("mvc", mvc);
        String view = context.getView();
        FastStringWriter html = new FastStringWriter(32 * 1024);
        try {
            engine.process(view.substring(0, view.length() - SUFFIX.length()), page, html);
            // written and flushed, never closed: the stream is the container's
            context.getOutputStream().write(html.toString().getBytes(charset(context.getMediaType())));
            context.getOutputStream().flush();
        } catch (TemplateEngineException | IOException e) {
            throw new ViewEngineException("Rendering " + view + " failed", e);
        }
    }

    private static Charset charset(MediaType type) {
        String named = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
    }

    /**
     * The request as a page sees it: the attributes the page sets (Thymeleaf's variables) are held
     * here, for this page alone; the request's own are read through.
     */
    private static final class PageRequest extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        PageRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = attributes.get(name);
            return value != null || attributes.containsKey(name) ? value : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            attributes.forEach((name, value) -> {
                if (value == null) {
                    names.remove(name);
                } else {
                    names.add(name);
                }
            });
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            // hides the request's own of that name too, as removing it would
            attributes.put(name, null);
        }
    }
}
