package org.newsdesk.cms.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WordPress export (WXR: RSS 2.0 with WordPress's own elements) as a stream, one item at
 * a time, so a file of any size is read in the same small memory.
 *
 * <p>Twice: {@link #check} reads the whole file first and refuses it (with a message for the
 * editor) if it is not XML, not an export, cut off, or carries a document type declaration; only
 * a file that passed is read again by {@link #posts}, which is when stories change. So a bad file
 * changes nothing.
 *
 * <p>Safe on untrusted files: DTDs are refused outright, so no entity is ever declared, let alone
 * expanded: neither an external entity (XXE: a file or URL read into a story) nor an exponential
 * one (billion laughs) gets anywhere. External entities are also switched off in the parser.
 */
public final class WxrReader {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String WP_PREFIX = "http://wordpress.org/export/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /**
     * The longest {@code content:encoded} read: twice the longest story body, room for block
     * comments and markup that the conversion drops. A longer one is refused in the first pass,
     * before it is held in memory.
     */
    static final int CONTENT_MAXIMUM = 2 * org.newsdesk.cms.article.ArticleDraft.BODY_MAXIMUM;
    /** The longest of any other field (titles, addresses, names, excerpts). */
    static final int FIELD_MAXIMUM = 64 * 1024;

    private WxrReader() {
    }

    /**
     * The first pass: the whole file is read, nothing is kept of its items but their number.
     *
     * @throws WxrRefusedException when the file is not a well-formed WordPress export
     */
    public static WxrSite check(Path file) {
        return read(file, null);
    }

    /** The second pass: every item in the order of the file, handed to {@code each} as it is read. */
    public static WxrSite posts(Path file, Consumer<WxrPost> each) {
        return read(file, each);
    }

    private static WxrSite read(Path file, Consumer<WxrPost> each) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            return read(in, each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With {@code each} null, the first pass: every field is measured, no body or excerpt kept. */
    static WxrSite read(InputStream in, Consumer<WxrPost> each) {
        XMLStreamReader xml = null;
        boolean rootSeen = false;
        try {
            xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new WxrRefusedException("The file declares a document type (<!DOCTYPE ...>). A WordPress export "
                            + "never does, and declarations can make a file read other files or grow without end, so "
                            + "Newsdesk does not read them. Nothing was imported.");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new WxrRefusedException("The file uses an entity that is not XML's own (&" + xml.getLocalName()
                            + ";). Nothing was imported.");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    rootSeen = true;
                    if (!"rss".equals(xml.getLocalName())) {
                        throw new WxrRefusedException("This is an XML file, but not a WordPress export: it starts with <"
                                + xml.getLocalName() + ">, where an export starts with <rss>. Export the site again with "
                                + "WordPress's Tools \u2192 Export. Nothing was imported.");
                    }
                    WxrSite site = rss(xml, each);
                    while (xml.hasNext()) {
                        // anything after the root must still be well-formed (comments, white space)
                        xml.next();
                    }
                    return site;
                }
            }
            throw new WxrRefusedException("The file is empty or holds no XML element. Nothing was imported.");
        } catch (XMLStreamException e) {
            throw refusal(e, rootSeen);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof XMLStreamException cause) {
                throw refusal(cause, rootSeen);
            }
            throw e;
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by the caller
                }
            }
        }
    }

    private static XMLInputFactory factory() {
        // the JDK's own parser, whatever else is on the class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        // not coalescing: a long text arrives in pieces, so a field over its maximum is refused
        // before the parser has held the whole of it
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static WxrRefusedException refusal(XMLStreamException e, boolean rootSeen) {
        Location at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
        String reason = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        if (reason.contains("DOCTYPE") || reason.contains("referenced, but not declared") || reason.contains("xternal")) {
            return new WxrRefusedException("The file uses a document type or entities" + where + ", which Newsdesk does "
                    + "not read: a WordPress export has none. Nothing was imported.");
        }
        if (!rootSeen) {
            return new WxrRefusedException("This file is not XML, so it is not a WordPress export" + where
                    + ". Choose the .xml file WordPress's Tools \u2192 Export made. Nothing was imported.");
        }
        return new WxrRefusedException("The file is not well-formed XML" + where + ": " + reason
                + ". It may have been cut off while exporting or uploading; export it again. Nothing was imported.");
    }

    private static WxrSite rss(XMLStreamReader xml, Consumer<WxrPost> each) throws XMLStreamException {
        String title = null;
        String blogUrl = null;
        boolean wordpress = false;
        boolean channelSeen = false;
        List<WxrAuthor> authors = new ArrayList<>();
        List<WxrCategory> categories = new ArrayList<>();
        int items = 0;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"channel".equals(xml.getLocalName())) {
                skip(xml);
                continue;
            }
            channelSeen = true;
            while (nextChild(xml)) {
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI();
                boolean wp = ns != null && ns.startsWith(WP_PREFIX);
                wordpress |= wp;
                if (ns == null || ns.isEmpty()) {
                    switch (name) {
                        case "title" -> title = text(xml);
                        case "item" -> {
                            items++;
                            WxrPost post = item(xml, items, each != null);
                            if (each != null) {
                                each.accept(post);
                            }
                        }
                        default -> skip(xml);
                    }
                } else if (wp && name.equals("base_blog_url")) {
                    blogUrl = text(xml);
                } else if (wp && name.equals("author")) {
                    authors.add(author(xml));
                } else if (wp && name.equals("category")) {
                    categories.add(category(xml));
                } else {
                    skip(xml);
                }
            }
        }
        if (!channelSeen || !wordpress) {
            throw new WxrRefusedException("This is an RSS feed, not a WordPress export: it has none of WordPress's own "
                    + "elements (wp:...). Export the site with WordPress's Tools \u2192 Export. Nothing was imported.");
        }
        return new WxrSite(title, blogUrl, authors, categories, items);
    }

    private static WxrAuthor author(XMLStreamReader xml) throws XMLStreamException {
        String login = null;
        String display = null;
        String first = null;
        String last = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "author_login" -> login = text(xml);
                case "author_display_name" -> display = text(xml);
                case "author_first_name" -> first = text(xml);
                case "author_last_name" -> last = text(xml);
                default -> skip(xml);
            }
        }
        return new WxrAuthor(login, display, first, last);
    }

    private static WxrCategory category(XMLStreamReader xml) throws XMLStreamException {
        String nicename = null;
        String name = null;
        String parent = null;
        while (nextChild(xml)) {
            switch (xml.getLocalName()) {
                case "category_nicename" -> nicename = text(xml);
                case "cat_name" -> name = text(xml);
                case "category_parent" -> parent = text(xml);
                default -> skip(xml);
            }
        }
        return new WxrCategory(nicename, name, parent == null || parent.isBlank() ? null : parent.strip());
    }

    private static WxrPost item(XMLStreamReader xml, int number, boolean keepBody) throws XMLStreamException {
        String title = null;
        String link = null;
        long postId = 0;
        String guid = null;
        String postName = null;
        String status = null;
        String type = null;
        Instant published = null;
        Instant modified = null;
        LocalDateTime local = null;
        String creator = null;
        String content = null;
        String excerpt = null;
        List<WxrCategory> categories = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String attachmentUrl = null;
        String imageAlt = null;
        long thumbnailId = 0;
        try {
            while (nextChild(xml)) {
                String name = xml.getLocalName();
                String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                if (ns.isEmpty()) {
                    switch (name) {
                        case "title" -> title = text(xml);
                        case "link" -> link = text(xml);
                        case "guid" -> guid = text(xml);
                        case "category" -> {
                            String domain = xml.getAttributeValue(null, "domain");
                            String nicename = xml.getAttributeValue(null, "nicename");
                            String text = text(xml);
                            if ("category".equals(domain)) {
                                categories.add(new WxrCategory(nicename, text, null));
                            } else if ("post_tag".equals(domain)) {
                                tags.add(text);
                            }
                        }
                        default -> skip(xml);
                    }
                } else if (ns.equals(CONTENT) && name.equals("encoded")) {
                    content = text(xml, CONTENT_MAXIMUM, keepBody);
                } else if (ns.startsWith(WP_PREFIX) && ns.contains("/excerpt/") && name.equals("encoded")) {
                    excerpt = text(xml, FIELD_MAXIMUM, keepBody);
                } else if (ns.equals(DC) && name.equals("creator")) {
                    creator = text(xml);
                } else if (ns.startsWith(WP_PREFIX)) {
                    switch (name) {
                        case "post_id" -> postId = number(text(xml));
                        case "post_date_gmt" -> published = gmt(text(xml));
                        case "post_date" -> local = local(text(xml));
                        case "post_modified_gmt" -> modified = gmt(text(xml));
                        case "post_name" -> postName = text(xml);
                        case "status" -> status = text(xml);
                        case "post_type" -> type = text(xml);
                        case "attachment_url" -> attachmentUrl = text(xml);
                        case "postmeta" -> {
                            String[] meta = postmeta(xml);
                            if ("_wp_attachment_image_alt".equals(meta[0])) {
                                imageAlt = meta[1];
                            } else if ("_thumbnail_id".equals(meta[0])) {
                                thumbnailId = number(meta[1] == null ? "" : meta[1].strip());
                            }
                        }
                        default -> skip(xml);
                    }
                } else {
                    skip(xml);
                }
            }
        } catch (TooLong field) {
            String which = title != null && !title.isBlank() ? "\u201c" + cut(title.strip()) + "\u201d (item " + number + ")"
                    : postId != 0 ? "post " + postId + " (item " + number + ")" : "item " + number;
            throw new WxrRefusedException(String.format(java.util.Locale.ROOT, "The export's %s has a %s of more than %,d "
                    + "characters, more than a story can hold. Shorten it in WordPress or leave it out of the export. "
                    + "Nothing was imported.", which, field.element, field.maximum));
        }
        return new WxrPost(title, link, postId, guid, postName, status, type, published, modified, creator,
                content == null ? "" : content, excerpt, categories, tags, local,
                new WxrPost.Picture(attachmentUrl, imageAlt, thumbnailId));
    }

    /** A {@code wp:postmeta}'s key and value (either may be null), leaving the reader on its end tag. */
    private static String[] postmeta(XMLStreamReader xml) throws XMLStreamException {
        String[] meta = new String[2];
        while (nextChild(xml)) {
            String name = xml.getLocalName();
            if (name.equals("meta_key")) {
                meta[0] = text(xml);
            } else if (name.equals("meta_value")) {
                meta[1] = text(xml);
            } else {
                skip(xml);
            }
        }
        return meta;
    }

    /** Moves to the next child element of the current one; false at the current one's end tag. */
    private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE || event == XMLStreamConstants.DTD) {
                throw new WxrRefusedException("The file uses an entity that is not XML's own. Nothing was imported.");
            }
        }
        throw new XMLStreamException("The file ends before its elements are closed", xml.getLocation());
    }

    /** The text of an element that holds only text (CDATA included), leaving the reader on its end tag. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        return text(xml, FIELD_MAXIMUM, true);
    }

    /**
     * The element's text, or null when not {@code kept}; a text over {@code maximum} characters
     * throws {@link TooLong} as soon as it is seen, so it is never held whole.
     */
    private static String text(XMLStreamReader xml, int maximum, boolean kept) throws XMLStreamException {
        String element = xml.getPrefix() == null || xml.getPrefix().isEmpty() ? xml.getLocalName()
                : xml.getPrefix() + ":" + xml.getLocalName();
        StringBuilder text = kept ? new StringBuilder() : null;
        long length = 0;
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("The file ends inside an element", xml.getLocation());
            }
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    length += xml.getTextLength();
                    if (maximum >= 0 && length > maximum) {
                        throw new TooLong(element, maximum);
                    }
                    if (text != null) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
                        throw new WxrRefusedException("The file uses an entity that is not XML's own. Nothing was imported.");
                default -> {
                    // comments and processing instructions inside text are not text
                }
            }
        }
        return text == null ? null : text.toString();
    }

    /** Passes over an element, whatever its length, holding none of it. */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        text(xml, -1, false);
    }

    private static String cut(String title) {
        return title.length() > 80 ? title.substring(0, 79) + "\u2026" : title;
    }

    /** A field longer than Newsdesk reads; the item reports it with its name. */
    private static final class TooLong extends WxrRefusedException {

        private static final long serialVersionUID = 1L;
        final String element;
        final int maximum;

        TooLong(String element, int maximum) {
            super(String.format(java.util.Locale.ROOT, "The export has a %s of more than %,d characters, more than "
                    + "Newsdesk reads. Nothing was imported.", element, maximum));
            this.element = element;
            this.maximum = maximum;
        }
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** WordPress writes GMT times as {@code 2021-12-15 17:49:00}, and zeros when it has none (drafts). */
    static LocalDateTime local(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant gmt(String text) {
        if (text == null || text.isBlank() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
