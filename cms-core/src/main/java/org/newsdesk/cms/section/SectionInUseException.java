package org.newsdesk.cms.section;

import org.newsdesk.cms.shared.EditorialException;

/**
 * A section that stories or subsections still use cannot be deleted: their addresses and their
 * revisions point at it. The message says how many, and what to do instead.
 */
public class SectionInUseException extends EditorialException {

    private static final long serialVersionUID = 1L;

    private final SectionUsage usage;

    public SectionInUseException(Section section, SectionUsage usage) {
        super("\u201c" + section.getName() + "\u201d cannot be deleted: " + lowerFirst(usage.obstacles()));
        this.usage = usage;
    }

    public SectionUsage usage() {
        return usage;
    }

    private static String lowerFirst(String text) {
        return text.startsWith("It ") ? "it " + text.substring(3) : text;
    }
}
