package org.newsdesk.cms.publish.delivery;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.cms.publish.cache.RenderedPage;

/**
 * How a page goes to a reader, whichever server part carries it: the servlet pipeline
 * ({@link PublicSite}) and the front door that answers kept pages before the web container (web
 * {@code delivery}) send the same status, headers and bytes for the same request, because both
 * send through here.
 *
 * <p>Cache-Control for public pages: {@value #PUBLIC_CACHE_CONTROL}. Browsers revalidate on every
 * view (cheap: a 304 from the page cache), so a reader reloading after a correction sees it at
 * once; a CDN or proxy may serve a page for a minute without asking, keeps serving it for another
 * while it fetches a fresh copy, and for a day if this site is down. A minute of CDN lag is the
 * price of taking most of the load off the origin; the origin itself is never stale.
 */
public final class PageReply {

    public static final String PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60, stale-if-error=86400";
    /** Error pages: a CDN may hold them briefly, but a story published a moment later must show. */
    public static final String ERROR_CACHE_CONTROL = "public, max-age=0, s-maxage=10";
    /** HTTP's date format (RFC 9110's IMF-fixdate): two-digit days, English names, GMT. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

    private PageReply() {
    }

    /**
     * What of a reader's request decides the answer to it.
     *
     * @param ifModifiedSince the If-Modified-Since header in milliseconds since the epoch, -1 when
     *                        absent or unreadable
     */
    public record Asked(boolean head, String acceptEncoding, String ifNoneMatch, long ifModifiedSince) {
    }

    /** The server's response, as each server part writes it. */
    public interface Reply {

        void status(int status);

        void header(String name, String value);

        /** The body's type and length, then the bytes (not called for a HEAD). */
        void contentType(String type);

        void contentLength(int length);

        void body(byte[] body) throws IOException;
    }

    /**
     * Sends a page: gzipped (the bytes compressed when it was kept) to readers who accept gzip,
     * each representation with an ETag of its own; its cache group named in {@code Surrogate-Key}
     * (Fastly, Varnish) and {@code Cache-Tag} (Cloudflare, Akamai), so a CDN in front can purge
     * exactly the pages a publish evicts here.
     */
    public static void send(RenderedPage page, Optional<String> group, Asked asked, Reply reply) throws IOException {
        int status = page.status();
        reply.header("Cache-Control", status == 200 || status == 301 ? PUBLIC_CACHE_CONTROL : ERROR_CACHE_CONTROL);
        if (group.isPresent()) {
            reply.header("Surrogate-Key", group.get());
            reply.header("Cache-Tag", group.get());
        }
        if (status == 301) {
            reply.status(status);
            reply.header("Location", page.location());
            return;
        }
        reply.header("Vary", "Accept-Encoding");
        boolean gzip = page.gzip() != null && acceptsGzip(asked.acceptEncoding());
        String etag = gzip ? page.gzipEtag() : page.etag();
        if (etag != null) {
            reply.header("ETag", etag);
        }
        if (page.lastModified() != null) {
            reply.header("Last-Modified", HTTP_DATE.format(page.lastModified()));
        }
        if (status == 200 && notModified(etag, page.lastModified(), asked)) {
            reply.status(304);
            return;
        }
        byte[] body = gzip ? page.gzip() : page.body();
        reply.status(status);
        reply.contentType(page.contentType());
        if (gzip) {
            reply.header("Content-Encoding", "gzip");
        }
        reply.contentLength(body.length);
        if (!asked.head()) {
            reply.body(body);
        }
    }

    /** Whether an Accept-Encoding header takes gzip: named (or {@code *}) without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (parameter.startsWith("q=") && parameter.substring(2).strip().matches("0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * RFC 9110: If-None-Match decides when present (weak comparison, as for GET); otherwise
     * If-Modified-Since, to the second, against Last-Modified.
     *
     * @param ours the ETag of the representation about to be sent
     */
    static boolean notModified(String ours, Instant lastModified, Asked asked) {
        String ifNoneMatch = asked.ifNoneMatch();
        if (ifNoneMatch != null) {
            if (ours == null) {
                return false;
            }
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(ours)) {
                    return true;
                }
            }
            return false;
        }
        long since = asked.ifModifiedSince();
        return lastModified != null && since != -1
                && lastModified.getEpochSecond() <= Instant.ofEpochMilli(since).getEpochSecond();
    }
}
