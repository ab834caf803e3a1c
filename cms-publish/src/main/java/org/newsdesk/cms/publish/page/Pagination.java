package org.newsdesk.cms.publish.page;

/**
 * Where a page sits in a paginated list.
 *
 * @param previous absolute URL of the newer page, or null on the first
 * @param next     absolute URL of the older page, or null on the last
 */
public record Pagination(int number, int count, String previous, String next) {

    public static final Pagination SINGLE = new Pagination(1, 1, null, null);

    /** How many pages {@code total} items fill, {@code size} a page; an empty list is still one page. */
    public static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
