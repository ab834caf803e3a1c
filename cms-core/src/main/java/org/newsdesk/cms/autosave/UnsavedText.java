package org.newsdesk.cms.autosave;

import java.util.List;
import java.util.Objects;

/**
 * The editor's story fields as an autosave keeps them: text cleaned as a save cleans it (the body
 * sanitized), never null; the section and bylines as the ids chosen, the section possibly none.
 */
public record UnsavedText(String headline, String dek, String body, Long sectionId, List<Long> bylineIds, String slug,
                          String note) {

    public UnsavedText {
        headline = Objects.toString(headline, "");
        dek = Objects.toString(dek, "");
        body = Objects.toString(body, "");
        bylineIds = bylineIds == null ? List.of() : List.copyOf(bylineIds);
        slug = Objects.toString(slug, "");
        note = Objects.toString(note, "");
    }
}
