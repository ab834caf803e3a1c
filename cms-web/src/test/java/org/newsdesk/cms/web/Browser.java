package org.newsdesk.cms.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with its own cookie jar, standing for one person's browser. It does not
 * follow redirects, so tests can see each one.
 */
public class Browser {

    private static final Pattern CSRF = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;
    /** The X-Forwarded-For header every request carries, as a proxy in front of Newsdesk would add it; or null. */
    private final String forwardedFor;

    public Browser(String base) {
        this(base, new CookieManager(), null);
    }

    private Browser(String base, CookieManager cookies, String forwardedFor) {
        this.base = base;
        this.cookies = cookies;
        this.forwardedFor = forwardedFor;
        // HTTP/1.1 as browsers and nginx speak it to Payara. Left to its default, HttpClient asks
        // for cleartext HTTP/2 (Upgrade: h2c), and Payara's h2c once sent a run a corrupted stream.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same browser, cookies and all, sent to another address: what a load balancer does when
     * it moves a reader or an editor to another instance.
     */
    public Browser at(String otherBase) {
        return new Browser(otherBase, cookies, forwardedFor);
    }

    /**
     * The same browser, cookies and all, reaching Newsdesk through a proxy that says it forwards
     * for {@code clientAddress} (every request carries {@code X-Forwarded-For}). The tests reach
     * the server on loopback, which Newsdesk trusts as a proxy by default.
     */
    public Browser forwardedFor(String clientAddress) {
        return new Browser(base, cookies, clientAddress);
    }

    /**
     * A browser of its own (no cookies yet) that seems to come from {@code address}: the tests reach
     * Newsdesk from loopback, a trusted proxy by default, which forwards for that address.
     */
    public Browser from(String address) {
        return new Browser(base, new CookieManager(), address);
    }

    /** Where this browser is sent, e.g. {@code http://127.0.0.1:8123/cms}: paths are relative to it. */
    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET with one header of the browser's, e.g. the If-None-Match of a conditional GET. */
    public HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header(header, value).GET());
    }

    /** A GET with headers of a client that is not a browser, e.g. a scraper's Authorization. */
    public HttpResponse<String> getWith(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a form; the map keeps the order fields were given in. */
    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a body exactly as given, for requests no browser's form would make. */
    public HttpResponse<String> postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Posts a form with a file, as {@code enctype="multipart/form-data"} does: the fields in the
     * order given, then the file under {@code fileField}.
     */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileField, String fileName,
                                         byte[] content) {
        return postMultipart(path, fields, fileField, Map.of(fileName, content));
    }

    /**
     * Posts a {@code multipart/form-data} form as a browser's file upload does: text fields, then
     * each file as a part of field {@code fileField} with its name (media uploads, issue 13).
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, Map<String, byte[]> files) {
        java.util.List<Map.Entry<String, Map.Entry<String, byte[]>>> parts = new java.util.ArrayList<>();
        files.forEach((name, bytes) -> parts.add(Map.entry(fileField, Map.entry(name, bytes))));
        return postParts(path, fields, parts);
    }

    /** Posts a form with one file in each of several file fields: field name to file name and bytes. */
    public HttpResponse<String> postFiles(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
        return postParts(path, fields, new java.util.ArrayList<>(files.entrySet()));
    }

    private HttpResponse<String> postParts(String path, Map<String, String> fields,
                                           java.util.List<? extends Map.Entry<String, ? extends Map.Entry<String, byte[]>>> files) {
        String boundary = "----NewsdeskTest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        files.forEach(part -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"; filename=\""
                    + part.getValue().getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(utf8));
            body.writeBytes(part.getValue().getValue());
            body.writeBytes("\r\n".getBytes(utf8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A GET whose body is kept as bytes (a picture), with request headers such as Range. */
    public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the sign-in form and signs in with its CSRF token, as a person would. */
    public HttpResponse<String> signIn(String username, String password) {
        Map<String, String> form = csrfFieldOf(get("/admin/login").body());
        form.put("username", username);
        form.put("password", password);
        return post("/admin/login", form);
    }

    /** The hidden CSRF field of the first form on a page, as a new form to add fields to. */
    public static Map<String, String> csrfFieldOf(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("No CSRF field on the page:\n" + html);
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(m.group(1), m.group(2));
        return form;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor);
            }
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
