package org.newsdesk.cms.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way a secret or a name is kept without keeping it: SHA-256 of its UTF-8 bytes, in hex.
 * For random secrets (preview-link tokens, recovery codes) and throttle keys; never for passwords,
 * which are hashed slowly with PBKDF2.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
