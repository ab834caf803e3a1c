package org.newsdesk.cms.shared;

/**
 * Someone else changed a section, an author or a staff account after this person opened the form
 * they saved. Nothing is overwritten: the form is shown again with the current version beside
 * what they typed.
 */
public class StaleEditException extends EditorialException {

    private static final long serialVersionUID = 1L;

    /** @param what what the form edits, as a reader would name it: {@code the section “Metro”} */
    public StaleEditException(String what) {
        super("Someone else changed " + what + " after you opened this page, so your changes were not saved.");
    }
}
