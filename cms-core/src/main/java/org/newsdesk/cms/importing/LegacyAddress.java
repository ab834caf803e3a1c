package org.newsdesk.cms.importing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a WordPress post answered at, as keys of the redirects table (the same table that
 * remembers a story's old slugs): its permalink's path, whatever the site's permalink structure
 * was (plain {@code /?p=123}, day and name {@code /2021/12/15/budget/}, month and name, numeric
 * {@code /archives/123}, post name, or a custom one), and {@code ?p=ID}, which WordPress answers on
 * every site. Only the path and the {@code p} parameter count: the host changes with the move, and
 * a trailing slash is optional, as WordPress itself redirects one to the other.
 */
public final class LegacyAddress {

    /** The longest key the redirects table holds. */
    public static final int MAXIMUM_LENGTH = 400;
    private static final Pattern POST_PARAMETER = Pattern.compile("(?:^|&)p=(\\d+)(?:&|$)");

    private LegacyAddress() {
    }

    /**
     * The keys a post is found under: its permalink's path (with {@code ?p=} when the permalink
     * is plain) and {@code ?p=ID} below the blog's own path.
     */
    public static Set<String> of(String link, long postId, String blogUrl) {
        Set<String> keys = new LinkedHashSet<>();
        parse(link).ifPresent(uri -> {
            Matcher post = POST_PARAMETER.matcher(uri.getRawQuery() == null ? "" : uri.getRawQuery());
            keys.add(key(uri.getRawPath(), post.find() ? post.group(1) : null));
        });
        if (postId > 0) {
            String blogPath = parse(blogUrl).map(URI::getRawPath).orElse("/");
            keys.add(key(blogPath, Long.toString(postId)));
        }
        // the home page is the home page: a link to it is nobody's old address
        keys.removeIf(key -> key.equals("/") || key.length() > MAXIMUM_LENGTH);
        return keys;
    }

    /**
     * The key of a request: its path without a trailing slash (the root stays {@code /}), and the
     * {@code p} parameter when there is one. The public site asks with this for an address it has
     * no page of.
     *
     * @param postParameter the request's {@code p} parameter, or null
     */
    public static String key(String path, String postParameter) {
        String clean = path == null || path.isEmpty() ? "/" : path;
        if (!clean.startsWith("/")) {
            clean = "/" + clean;
        }
        while (clean.length() > 1 && clean.endsWith("/")) {
            clean = clean.substring(0, clean.length() - 1);
        }
        clean = percentUpperCase(clean);
        boolean post = postParameter != null && postParameter.matches("\\d{1,19}");
        return post ? clean + "?p=" + postParameter : clean;
    }

    /**
     * {@code %c3%a9} and {@code %C3%A9} are the same address (RFC 3986 2.1): WordPress writes
     * lower case, browsers and links upper; the key holds upper case whichever side it comes from.
     */
    static String percentUpperCase(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        char[] chars = path.toCharArray();
        for (int i = 0; i + 2 < chars.length; i++) {
            if (chars[i] == '%' && isHex(chars[i + 1]) && isHex(chars[i + 2])) {
                chars[i + 1] = Character.toUpperCase(chars[i + 1]);
                chars[i + 2] = Character.toUpperCase(chars[i + 2]);
                i += 2;
            }
        }
        return new String(chars);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static Optional<URI> parse(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(url.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
