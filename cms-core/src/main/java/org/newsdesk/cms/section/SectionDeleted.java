package org.newsdesk.cms.section;

/**
 * A section was deleted. Fired while its transaction is open: observers that act on what readers
 * see observe {@code during = TransactionPhase.AFTER_SUCCESS}, so a deletion that rolled back
 * changes nothing.
 *
 * @param path where its front was, {@code politics/elections}: the section itself is gone
 */
public record SectionDeleted(long sectionId, String path) {
}
