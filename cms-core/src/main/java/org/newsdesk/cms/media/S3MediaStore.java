package org.newsdesk.cms.media;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, R2…), path-style
 * ({@code <endpoint>/<bucket>/<key>}), requests signed with AWS Signature Version 4.
 *
 * <p>Three operations on whole objects are all the library needs, so this is the JDK's HTTP
 * client and fifty lines of signing rather than the AWS SDK, which would bring some thirty jars
 * (and Netty) into a WAR whose other dependencies number a dozen.
 */
public final class S3MediaStore implements MediaStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final URI endpoint;
    private final String bucket;
    private final String region;
    private final String accessKey;
    private final String secretKey;
    private final HttpClient http;

    public S3MediaStore(URI endpoint, String bucket, String region, String accessKey, String secretKey) {
        String base = endpoint.toString();
        this.endpoint = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.bucket = bucket;
        this.region = region;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        HttpResponse<byte[]> response = send("PUT", MediaStore.checked(key), bytes, contentType);
        if (response.statusCode() / 100 != 2) {
            throw failure("store", key, response);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        HttpResponse<byte[]> response = send("GET", MediaStore.checked(key), null, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() / 100 != 2) {
            throw failure("read", key, response);
        }
        return Optional.of(response.body());
    }

    @Override
    public void delete(String key) throws IOException {
        HttpResponse<byte[]> response = send("DELETE", MediaStore.checked(key), null, null);
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw failure("delete", key, response);
        }
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket + " at " + endpoint;
    }

    private HttpResponse<byte[]> send(String method, String key, byte[] body, String contentType) throws IOException {
        String path = "/" + encode(bucket) + "/" + encode(key).replace("%2F", "/");
        String basePath = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        URI uri = URI.create(endpoint.getScheme() + "://" + endpoint.getRawAuthority() + basePath + path);
        String payloadHash = body == null ? EMPTY_SHA256 : hex(sha256(body));
        String now = ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
        String day = now.substring(0, 8);
        String host = endpoint.getRawAuthority();
        String canonicalHeaders = "host:" + host + "\n" + "x-amz-content-sha256:" + payloadHash + "\n" + "x-amz-date:" + now + "\n";
        String signedHeaders = "host;x-amz-content-sha256;x-amz-date";
        String canonicalRequest = method + "\n" + basePath + path + "\n\n" + canonicalHeaders + "\n" + signedHeaders + "\n" + payloadHash;
        String scope = day + "/" + region + "/s3/aws4_request";
        String toSign = "AWS4-HMAC-SHA256\n" + now + "\n" + scope + "\n" + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        byte[] signingKey = hmac(hmac(hmac(hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day), region), "s3"), "aws4_request");
        String signature = hex(hmac(signingKey, toSign));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("x-amz-date", now)
                .header("x-amz-content-sha256", payloadHash)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope
                        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while talking to " + describe(), interrupted);
        }
    }

    private IOException failure(String what, String key, HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new IOException("Could not " + what + " " + key + " in " + describe() + ": HTTP " + response.statusCode()
                + " " + body.substring(0, Math.min(300, body.length())));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%7E", "~");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
