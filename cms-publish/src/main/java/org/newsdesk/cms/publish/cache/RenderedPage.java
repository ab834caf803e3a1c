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

/**
 * A public response as the page cache keeps it: status, type, body, and the validators a
 * conditional GET is answered from. Kept in the cache as plain bytes ({@link #toBytes()}), so a
 * cluster-wide cache never has to load one of the application's classes to hand a page back.
 *
 * @param location     where a 301 points; null otherwise
 * @param lastModified the latest change to the content shown; null when unknown
 * @param etag         a strong ETag, quoted, from the body's SHA-256; null for pages without one
 */
public record RenderedPage(int status, String contentType, byte[] body, String location, Instant lastModified,
                           String etag) {

    public static final String HTML = "text/html;charset=UTF-8";

    /** A page with its validators: the ETag follows from the bytes, so equal pages get equal ETags. */
    public static RenderedPage of(int status, String contentType, String body, Instant lastModified) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new RenderedPage(status, contentType, bytes, null, lastModified, etagOf(bytes));
    }

    public static RenderedPage movedTo(String location) {
        return new RenderedPage(301, null, new byte[0], location, null, null);
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
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 128);
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(status);
            writeNullable(out, contentType);
            writeNullable(out, location);
            out.writeLong(lastModified == null ? Long.MIN_VALUE : lastModified.toEpochMilli());
            writeNullable(out, etag);
            out.writeInt(body.length);
            out.write(body);
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
            return new RenderedPage(status, contentType, body, location,
                    modified == Long.MIN_VALUE ? null : Instant.ofEpochMilli(modified), etag);
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
