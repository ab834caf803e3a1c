package org.newsdesk.cms.web.article;

import java.util.Optional;
import java.util.stream.Stream;

/** The buttons of the article editor; each first saves what the editor changed. */
public enum EditorAction {
    SAVE("save", "Save draft"),
    SUBMIT("submit", "Submit for review"),
    PUBLISH("publish", "Publish"),
    PUBLISH_UPDATE("update", "Publish update"),
    SCHEDULE("schedule", "Schedule"),
    RETURN_TO_DRAFT("return", "Send back to draft"),
    UNPUBLISH("unpublish", "Unpublish");

    private final String formValue;
    private final String label;

    EditorAction(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    public String formValue() {
        return formValue;
    }

    /** The button's words, as the editor shows them. */
    public String label() {
        return label;
    }

    static Optional<EditorAction> fromForm(String value) {
        return Stream.of(values()).filter(a -> a.formValue.equals(value)).findFirst();
    }
}
