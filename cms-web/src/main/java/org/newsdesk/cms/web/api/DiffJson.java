package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.newsdesk.cms.web.article.WordDiff;

@Schema(name = "Diff", description = "A word-level comparison of two revisions, as the history screen shows it")
public record DiffJson(int from, int to, List<FieldDiff> fields) {

    @Schema(name = "FieldDiff")
    public record FieldDiff(String field, boolean changed, List<List<Run>> paragraphs) {
    }

    @Schema(name = "DiffRun")
    public record Run(@Schema(enumeration = {"KEPT", "REMOVED", "ADDED"}) String change, String text) {
    }

    static FieldDiff field(String name, WordDiff diff) {
        return new FieldDiff(name, diff.isChanged(), diff.getParagraphs().stream()
                .map(p -> p.words().stream().map(w -> new Run(w.change().name(), w.text())).toList()).toList());
    }
}
