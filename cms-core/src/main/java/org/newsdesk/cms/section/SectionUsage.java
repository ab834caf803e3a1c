package org.newsdesk.cms.section;

/**
 * What still points at a section: stories filed in it now, stories that were filed in it only in
 * an earlier revision (their history keeps the section), and subsections.
 */
public record SectionUsage(long stories, long storiesOnlyInEarlierRevisions, long subsections) {

    /** Whether nothing points at the section, so it can be deleted. */
    public boolean isUnused() {
        return stories == 0 && storiesOnlyInEarlierRevisions == 0 && subsections == 0;
    }

    /** Why the section cannot be deleted and what to do instead, for the editor; empty when unused. */
    public String obstacles() {
        StringBuilder text = new StringBuilder();
        if (stories > 0) {
            text.append(count(stories, "story is", "stories are")).append(" filed in it; move ")
                    .append(stories == 1 ? "it" : "them").append(" to another section first.");
        }
        if (subsections > 0) {
            text.append(text.length() > 0 ? " " : "").append("It has ")
                    .append(count(subsections, "subsection", "subsections")).append("; move or delete ")
                    .append(subsections == 1 ? "it" : "them").append(" first.");
        }
        if (storiesOnlyInEarlierRevisions > 0) {
            text.append(text.length() > 0 ? " " : "")
                    .append(count(storiesOnlyInEarlierRevisions, "story was", "stories were"))
                    .append(" filed in it in an earlier revision, and revisions are never changed, so it can be")
                    .append(" renamed or moved but not deleted.");
        }
        return text.toString();
    }

    private static String count(long n, String one, String many) {
        return String.format("%,d", n) + " " + (n == 1 ? one : many);
    }
}
