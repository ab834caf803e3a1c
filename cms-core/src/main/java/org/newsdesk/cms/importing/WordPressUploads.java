package org.newsdesk.cms.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A site's {@code wp-content/uploads} folder as a zip, read where it lies on disk: entries are
 * found through the zip's own directory and each read as a stream, never the archive whole. Files
 * are looked up by their place under {@code uploads/} ({@code 2019/05/ferry.jpg}), whichever folder
 * the zip was made from ({@code wp-content/uploads/...}, {@code uploads/...} or the folder's
 * contents). Nothing is ever written to disk under an entry's name, and names that climb out of
 * their folder ({@code ../}) or start at a root are ignored, so a crafted zip reaches nothing
 * outside itself.
 */
public final class WordPressUploads implements Closeable {

    private static final String UPLOADS = "uploads/";

    private final ZipFile zip;
    private final Map<String, ZipEntry> byPlace = new HashMap<>();

    private WordPressUploads(ZipFile zip) {
        this.zip = zip;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory()) {
                placeOf(entry.getName()).ifPresent(place -> byPlace.putIfAbsent(place, entry));
            }
        }
    }

    /** @throws IOException when the file is not a zip */
    public static WordPressUploads open(Path zipFile) throws IOException {
        return new WordPressUploads(new ZipFile(zipFile.toFile()));
    }

    /** How many files the zip holds (folders not counted). */
    public int size() {
        return byPlace.size();
    }

    /**
     * An entry's place under {@code uploads/}, in lower case, or empty for a name that climbs out of
     * its folder or starts at a root.
     */
    static Optional<String> placeOf(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int uploads = lower.lastIndexOf("/" + UPLOADS);
        if (uploads >= 0) {
            lower = lower.substring(uploads + 1 + UPLOADS.length());
        } else if (lower.startsWith(UPLOADS)) {
            lower = lower.substring(UPLOADS.length());
        }
        return lower.isEmpty() ? Optional.empty() : Optional.of(lower);
    }

    /**
     * A file's place under {@code uploads/} from its address on the old site
     * ({@code https://ledger.example.org/wp-content/uploads/2019/05/ferry.jpg} is
     * {@code 2019/05/ferry.jpg}), or empty for an address outside an uploads folder.
     */
    public static Optional<String> placeOfAddress(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String path = url.strip();
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        int fragment = path.indexOf('#');
        if (fragment >= 0) {
            path = path.substring(0, fragment);
        }
        String lower = path.toLowerCase(Locale.ROOT);
        int uploads = lower.indexOf("/" + UPLOADS);
        if (uploads < 0) {
            return Optional.empty();
        }
        String place = java.net.URLDecoder.decode(lower.substring(uploads + 1 + UPLOADS.length()).replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        return placeOf(place);
    }

    /**
     * The bytes of the file at {@code place}, empty when the zip has none there.
     *
     * @throws TooLarge when it holds more than {@code maximumBytes}: found while reading, whatever
     *                  the zip's directory claims, so no more than that is ever held
     */
    public Optional<byte[]> read(String place, long maximumBytes) throws IOException {
        ZipEntry entry = byPlace.get(place);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.getSize() > maximumBytes) {
            throw new TooLarge(entry.getSize());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maximumBytes + 1));
            if (bytes.length > maximumBytes) {
                throw new TooLarge(-1);
            }
            return Optional.of(bytes);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** A file in the zip larger than pictures may be; {@code bytes} is -1 where its directory did not say. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long bytes;

        TooLarge(long bytes) {
            super("larger than pictures may be");
            this.bytes = bytes;
        }

        public long bytes() {
            return bytes;
        }
    }
}
