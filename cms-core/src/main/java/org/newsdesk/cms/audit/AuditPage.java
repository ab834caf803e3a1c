package org.newsdesk.cms.audit;

import java.util.List;

/**
 * One page of the audit log, newest first. Like the article list, it knows whether another page
 * follows but not how many there are: counting every line of a long log costs more than the page.
 *
 * @param number 1 for the first page
 */
public record AuditPage(List<Line> lines, int number, boolean hasNext) {

    public AuditPage {
        lines = List.copyOf(lines);
    }

    /** A line, and whether what it is about is still there to link to (a section may have been deleted since). */
    public record Line(AuditEntry entry, boolean subjectStillThere) {
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
