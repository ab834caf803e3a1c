package org.newsdesk.cms.media;

import java.io.IOException;
import java.util.Optional;

/**
 * Where originals and renditions are kept, by key ({@code originals/ab12….jpg},
 * {@code renditions/42-w640-9f3c….jpg}). Two kinds: a folder under the data directory (the
 * default; in a cluster a volume every instance mounts), and an S3-compatible bucket.
 * A key once written is never rewritten with other bytes: keys carry a content hash.
 */
public interface MediaStore {

    void put(String key, byte[] bytes, String contentType) throws IOException;

    /** The bytes kept under {@code key}, if any. */
    Optional<byte[]> get(String key) throws IOException;

    /** Removes {@code key}; nothing happens when there is none. */
    void delete(String key) throws IOException;

    /** A few words for the log and the configuration report: which store, where. */
    String describe();

    /** Keys are made by the library, but are checked anyway: no way out of the store's folder. */
    static String checked(String key) {
        if (key == null || !key.matches("(originals|renditions)/[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
            throw new IllegalArgumentException("Not a media key: " + key);
        }
        return key;
    }
}
