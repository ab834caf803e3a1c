package org.newsdesk.cms.publish.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;

/**
 * A public response as the page cache keeps it: status, type, body, and the validators a
 * conditional GET is answered from. Kept in the cache as plain bytes ({@link #toBytes()}), so a
 * cluster-wide cache never has to load one of the application's classes to hand a page back.
 *
 * @param location     where a 301 points; null otherwise
 * @param lastModified the latest change to the content shown; null when unknown
 * @param etag         a strong ETag, quoted, from the body's SHA-256; null for pages without one
 * @param gzip         the body compressed with gzip, once, when the page is kept ({@link #compressed()});
 *                     null when not compressed
 */
public record RenderedPage(int status, String contentType, byte[] body, String location, Instant lastModified,
                           String etag, byte[] gzip) {

    public static final String HTML = "text/html;charset=UTF-8";
    /** Below this a compressed body saves less than its headers cost (and often grows). */
    static final int SMALLEST_COMPRESSED = 256;

    public RenderedPage(int status, String contentType, byte[] body, String location, Instant lastModified, String etag) {
        this(status, contentType, body, location, lastModified, etag, null);
    }

    /** A page with its validators: the ETag follows from the bytes, so equal pages get equal ETags. */
    public static RenderedPage of(int status, String contentType, String body, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, contentType, bytes, null, lastModified, etagOf(bytes));
    }

    public static RenderedPage movedTo(String location) {
        return new RenderedPage(301, null, new byte[0], location, null, null);
    }

    /**
     * This page with its body gzipped beside it, so that readers who accept gzip are served the
     * same compressed bytes every time instead of the server compressing on every request.
     */
    public RenderedPage compressed() {
        if (gzip != null || body.length < SMALLEST_COMPRESSED) {
            return this;
        }
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64)) {
            try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
                out.write(body);
            }
            return new RenderedPage(status, contentType, body, location, lastModified, etag, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ETag of the gzipped representation: a different one from the plain body's, as RFC 9110
     * asks of two representations (a cache must never answer a conditional GET for one with the other).
     */
    public String gzipEtag() {
        return etag == null || gzip == null ? null : etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** What the page weighs in memory, roughly: the near cache is bounded by it. */
    int weight() {
        return 128 + body.length + (gzip == null ? 0 : gzip.length);
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    public byte[] toBytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + (gzip == null ? 0 : gzip.length) + 128);
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(status);
            writeNullable(out, contentType);
            writeNullable(out, location);
            out.writeLong(lastModified == null ? Long.MIN_VALUE : lastModified.toEpochMilli());
            writeNullable(out, etag);
            out.writeInt(body.length);
            out.write(body);
            out.writeInt(gzip == null ? -1 : gzip.length);
            if (gzip != null) {
                out.write(gzip);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RenderedPage fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int status = in.readInt();
            String contentType = readNullable(in);
            String location = readNullable(in);
            long modified = in.readLong();
            String etag = readNullable(in);
            byte[] body = in.readNBytes(in.readInt());
            int gzipped = in.readInt();
            byte[] gzip = gzipped < 0 ? null : in.readNBytes(gzipped);
            return new RenderedPage(status, contentType, body, location,
                    modified == Long.MIN_VALUE ? null : Instant.ofEpochMilli(modified), etag, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
