package org.newsdesk.cms.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, as Stripe signs its webhooks: HMAC-SHA256 with the endpoint's
 * secret over {@code <timestamp>.<body>}, sent as {@code Newsdesk-Signature: t=<timestamp>,v1=<hex>}.
 * The timestamp is inside what is signed, so a receiver that refuses old timestamps cannot be
 * sent a recorded delivery again later.
 */
public final class WebhookSignature {

    public static final String HEADER = "Newsdesk-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, long timestampSeconds, String body) {
        return "t=" + timestampSeconds + ",v1=" + hmac(secret, timestampSeconds + "." + body);
    }

    public static String hmac(String secret, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
