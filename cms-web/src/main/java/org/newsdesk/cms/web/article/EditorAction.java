package org.newsdesk.cms.web.article;

import java.util.Optional;
import java.util.stream.Stream;

/** The buttons of the article editor; each first saves what the editor changed. */
public enum EditorAction {
    SAVE("save"),
    SUBMIT("submit"),
    PUBLISH("publish"),
    PUBLISH_UPDATE("update"),
    SCHEDULE("schedule"),
    RETURN_TO_DRAFT("return"),
    UNPUBLISH("unpublish");

    private final String formValue;

    EditorAction(String formValue) {
        this.formValue = formValue;
    }

    public String formValue() {
        return formValue;
    }

    static Optional<EditorAction> fromForm(String value) {
        return Stream.of(values()).filter(a -> a.formValue.equals(value)).findFirst();
    }
}
