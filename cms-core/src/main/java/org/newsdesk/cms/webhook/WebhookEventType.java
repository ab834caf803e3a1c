package org.newsdesk.cms.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The events an endpoint may want, named as in the payload's {@code type}. */
public enum WebhookEventType {
    PUBLISHED("article.published", "Published"),
    UPDATED("article.updated", "Updated"),
    UNPUBLISHED("article.unpublished", "Unpublished"),
    SCHEDULED_FAILED("article.scheduled-failed", "Scheduled publication failed");

    private final String type;
    private final String label;

    WebhookEventType(String type, String label) {
        this.type = type;
        this.label = label;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    public static Optional<WebhookEventType> ofName(String name) {
        return Arrays.stream(values()).filter(e -> e.name().equals(name)).findFirst();
    }
}
