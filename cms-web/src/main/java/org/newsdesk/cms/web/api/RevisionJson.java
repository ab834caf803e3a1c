package org.newsdesk.cms.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One saved revision: who saved it, when, and what it held")
public record RevisionJson(int number, String savedAt, String savedBy, String note, String headline, String dek,
                           String body, String section, List<String> bylines, String slug, List<String> keywords) {
}
