package org.newsdesk.cms.web;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every endpoint under {@code /admin}, read from the application itself: the JAX-RS resource
 * methods of the compiled classes (class and method {@code @Path} joined under the
 * {@code @ApplicationPath} of the application that serves them, sub-resource locators followed),
 * the servlets mapped under {@code /admin} by annotation or in web.xml (one endpoint per
 * {@code doGet}, {@code doPost}... they override), and filters mapped to a path of their own
 * under {@code /admin} (method {@code ANY}: a filter there answers whatever comes). Filters mapped
 * to {@code /admin/*} or {@code /*} pass every request on; they are not endpoints of their own.
 *
 * <p>Path templates are written as a person reads them: {@code {id:[0-9]+}} becomes {@code {id}},
 * the application's root is {@code /admin/}.
 */
final class AdminEndpoints {

    static final String ADMIN = "/admin";
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(:[^}]*)?}");
    private static final java.nio.file.Path WEB_XML = java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml");

    /** One endpoint and where it comes from, for messages ({@code ArticleEditorController.act}). */
    record Endpoint(String method, String path, String source) {
        String key() {
            return key(method, path);
        }

        static String key(String method, String path) {
            return method + " " + path;
        }
    }

    private AdminEndpoints() {
    }

    /** Every admin endpoint of the application, sorted by path then method. */
    static List<Endpoint> all() {
        List<Endpoint> admin = new ArrayList<>(everywhere().stream()
                .filter(e -> e.path().equals(ADMIN) || e.path().startsWith(ADMIN + "/")).toList());
        admin.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return admin;
    }

    /** Every endpoint the application declares, wherever it is mapped. */
    static List<Endpoint> everywhere() {
        List<Class<?>> classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk.cms").stream()
                .filter(c -> !c.isAnonymousClass() && !c.isLocalClass())
                // only what serves requests is loaded: other classes may need what only the server has
                .filter(c -> c.isAnnotatedWith(Path.class) || c.isAnnotatedWith(WebServlet.class)
                        || c.isAnnotatedWith(WebFilter.class) || c.isAssignableTo(Application.class)
                        || c.isAssignableTo(HttpServlet.class) || c.isAssignableTo(jakarta.servlet.Filter.class))
                .map(JavaClass::reflect)
                .toList();
        Map<String, Endpoint> found = new TreeMap<>();
        for (Endpoint endpoint : resources(classes)) {
            found.putIfAbsent(endpoint.key(), endpoint);
        }
        for (Endpoint endpoint : servletsAndFilters(classes)) {
            found.putIfAbsent(endpoint.key(), endpoint);
        }
        return List.copyOf(found.values());
    }

    // --- JAX-RS -----------------------------------------------------------------------------

    private static List<Endpoint> resources(List<Class<?>> classes) {
        List<Class<?>> applications = classes.stream()
                .filter(c -> Application.class.isAssignableFrom(c) && c.isAnnotationPresent(ApplicationPath.class))
                .toList();
        Set<Class<?>> roots = new LinkedHashSet<>(classes.stream()
                .filter(c -> c.isAnnotationPresent(Path.class) && !Modifier.isAbstract(c.getModifiers()))
                .toList());
        // An application that lists its classes serves those; one that lists none serves every
        // root resource in the WAR that no other application claims (the JAX-RS scanning rule).
        Set<Class<?>> claimed = new HashSet<>();
        Map<Class<?>, Set<Class<?>>> served = new java.util.LinkedHashMap<>();
        for (Class<?> application : applications) {
            Set<Class<?>> listed = listedBy(application);
            served.put(application, listed);
            claimed.addAll(listed);
        }
        boolean oneTakesTheRest = served.values().stream().anyMatch(Set::isEmpty);
        List<String> unserved = roots.stream().filter(r -> !claimed.contains(r)).map(Class::getName).toList();
        if (!oneTakesTheRest && !unserved.isEmpty()) {
            throw new IllegalStateException("No application serves " + unserved
                    + ": list each in its application's getClasses() (the admin UI's in AdminApplication)");
        }
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> application : applications) {
            String base = application.getAnnotation(ApplicationPath.class).value();
            Set<Class<?>> resources = served.get(application).isEmpty()
                    ? roots.stream().filter(r -> !claimed.contains(r)).collect(java.util.stream.Collectors.toSet())
                    : served.get(application);
            for (Class<?> resource : resources) {
                if (resource.isAnnotationPresent(Path.class)) {
                    String prefix = join(base, resource.getAnnotation(Path.class).value());
                    methodsOf(resource, prefix, resource.getSimpleName(), endpoints, new HashSet<>());
                }
            }
        }
        return endpoints;
    }

    private static Set<Class<?>> listedBy(Class<?> application) {
        try {
            Application instance = (Application) application.getDeclaredConstructor().newInstance();
            Set<Class<?>> listed = new HashSet<>(instance.getClasses());
            instance.getSingletons().forEach(s -> listed.add(s.getClass()));
            return listed;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(application.getName() + " cannot be made with its no-argument constructor", e);
        }
    }

    private static void methodsOf(Class<?> resource, String prefix, String source, List<Endpoint> into,
                                  Set<Class<?>> seen) {
        if (!seen.add(resource)) {
            return;
        }
        for (Method method : resource.getMethods()) {
            if (method.isBridge() || method.isSynthetic()) {
                continue;
            }
            Path path = method.getAnnotation(Path.class);
            String full = path == null ? prefix : join(prefix, path.value());
            List<String> verbs = Arrays.stream(method.getAnnotations())
                    .map(Annotation::annotationType)
                    .filter(type -> type.isAnnotationPresent(HttpMethod.class))
                    .map(type -> type.getAnnotation(HttpMethod.class).value())
                    .toList();
            String where = source + "." + method.getName();
            if (!verbs.isEmpty()) {
                verbs.forEach(verb -> into.add(new Endpoint(verb, full, where)));
            } else if (path != null) {
                // a sub-resource locator: the resource it returns answers under its path
                methodsOf(method.getReturnType(), full, where, into, seen);
            }
        }
        seen.remove(resource);
    }

    /** {@code /admin} + {@code articles/{id:[0-9]+}} + {@code preview}: {@code /admin/articles/{id}/preview}. */
    static String join(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (String part : parts) {
            String plain = PARAMETER.matcher(part).replaceAll("{$1}").strip();
            if (!plain.isEmpty()) {
                joined.append('/').append(plain);
            }
        }
        String path = joined.toString().replaceAll("/{2,}", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // the application's own root reads as a directory, as everyone types it
        return path.isEmpty() ? "/" : path.equals(ADMIN) ? ADMIN + "/" : path;
    }

    /** The names of a template's parameters, in order: {@code {id}}, {@code {link}}. */
    static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // --- servlets and filters ---------------------------------------------------------------

    private static final List<String> SERVLET_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private static List<Endpoint> servletsAndFilters(List<Class<?>> classes) {
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, Class<?>> byName = new TreeMap<>();
        for (Class<?> c : classes) {
            WebServlet servlet = c.getAnnotation(WebServlet.class);
            if (servlet != null) {
                byName.put(servlet.name().isEmpty() ? c.getName() : servlet.name(), c);
                for (String pattern : concat(servlet.value(), servlet.urlPatterns())) {
                    servletEndpoints(c, pattern, endpoints);
                }
            } else if (HttpServlet.class.isAssignableFrom(c)) {
                // a servlet registered in code (ServletContext#addServlet) names its mapping in a
                // constant MAPPING, as the WordPress upload does (its limits come from configuration)
                try {
                    java.lang.reflect.Field mapping = c.getDeclaredField("MAPPING");
                    mapping.setAccessible(true);
                    servletEndpoints(c, (String) mapping.get(null), endpoints);
                } catch (NoSuchFieldException notRegisteredInCode) {
                    // neither annotated nor registered in code: web.xml maps it, below
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            WebFilter filter = c.getAnnotation(WebFilter.class);
            if (filter != null) {
                byName.put(filter.filterName().isEmpty() ? c.getName() : filter.filterName(), c);
                for (String pattern : concat(filter.value(), filter.urlPatterns())) {
                    filterEndpoint(c, pattern, endpoints);
                }
            }
        }
        Document webXml = webXml();
        for (String[] mapping : mappings(webXml, "servlet")) {
            Class<?> servlet = classOf(webXml, "servlet", mapping[0], byName);
            servletEndpoints(servlet, mapping[1], endpoints);
        }
        for (String[] mapping : mappings(webXml, "filter")) {
            filterEndpoint(classOf(webXml, "filter", mapping[0], byName), mapping[1], endpoints);
        }
        return endpoints;
    }

    private static void servletEndpoints(Class<?> servlet, String pattern, List<Endpoint> into) {
        String path = patternPath(pattern);
        for (String verb : SERVLET_METHODS) {
            String handler = "do" + verb.charAt(0) + verb.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (overrides(servlet, handler) || overrides(servlet, "service")) {
                into.add(new Endpoint(verb, path, servlet.getSimpleName() + "." + handler));
            }
        }
    }

    private static void filterEndpoint(Class<?> filter, String pattern, List<Endpoint> into) {
        if (pattern.equals("/*") || pattern.equals(ADMIN + "/*")) {
            return; // in front of everything: passes requests on
        }
        into.add(new Endpoint("ANY", patternPath(pattern), filter.getSimpleName()));
    }

    /** {@code /admin/audit/*} stays as it is; an exact pattern is the path. */
    private static String patternPath(String pattern) {
        return pattern.equals(ADMIN) || pattern.equals(ADMIN + "/") ? ADMIN + "/" : pattern;
    }

    private static boolean overrides(Class<?> servlet, String method) {
        for (Class<?> c = servlet; c != null && c != HttpServlet.class && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.getName().equals(method)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Document webXml() {
        try {
            if (!Files.exists(WEB_XML)) {
                throw new IllegalStateException("No " + WEB_XML.toAbsolutePath() + ": run the test from the cms-web module");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(WEB_XML.toFile());
        } catch (IOException | javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IllegalStateException("web.xml does not parse", e);
        }
    }

    /** (name, url-pattern) of every {@code <servlet-mapping>} or {@code <filter-mapping>}. */
    private static List<String[]> mappings(Document webXml, String kind) {
        List<String[]> mappings = new ArrayList<>();
        NodeList nodes = webXml.getElementsByTagName(kind + "-mapping");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element mapping = (Element) nodes.item(i);
            if (!answersRequests(mapping)) {
                continue;
            }
            String name = text(mapping, kind + "-name");
            NodeList patterns = mapping.getElementsByTagName("url-pattern");
            for (int j = 0; j < patterns.getLength(); j++) {
                mappings.add(new String[] {name, patterns.item(j).getTextContent().strip()});
            }
        }
        return mappings;
    }

    /**
     * Whether a browser's request reaches the mapping: without {@code <dispatcher>} it does; a
     * filter only for forwards (such as the sign-in form's for a forwarded POST) is no endpoint.
     */
    private static boolean answersRequests(Element mapping) {
        NodeList dispatchers = mapping.getElementsByTagName("dispatcher");
        if (dispatchers.getLength() == 0) {
            return true;
        }
        for (int i = 0; i < dispatchers.getLength(); i++) {
            if (dispatchers.item(i).getTextContent().strip().equals("REQUEST")) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> classOf(Document webXml, String kind, String name, Map<String, Class<?>> annotated) {
        NodeList declarations = webXml.getElementsByTagName(kind);
        for (int i = 0; i < declarations.getLength(); i++) {
            Element declaration = (Element) declarations.item(i);
            if (name.equals(text(declaration, kind + "-name")) && !text(declaration, kind + "-class").isEmpty()) {
                try {
                    return Class.forName(text(declaration, kind + "-class"));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("web.xml names " + kind + " class " + text(declaration, kind + "-class")
                            + ", which is not on the class path", e);
                }
            }
        }
        Class<?> c = annotated.get(name);
        if (c == null) {
            throw new IllegalStateException("web.xml maps the " + kind + " \"" + name + "\", which nothing declares");
        }
        return c;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static List<String> concat(String[] a, String[] b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all;
    }
}
