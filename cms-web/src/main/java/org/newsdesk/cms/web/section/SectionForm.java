package org.newsdesk.cms.web.section;

import org.newsdesk.cms.section.Section;

/** What the section forms show: as saved, or as the editor typed it when it was refused. */
public final class SectionForm {

    private final String name;
    private final String slug;
    /** The chosen parent's id as the select sends it; "" for the top level. */
    private final String parent;

    public SectionForm(String name, String slug, String parent) {
        this.name = name == null ? "" : name;
        this.slug = slug == null ? "" : slug;
        this.parent = parent == null ? "" : parent;
    }

    public static SectionForm of(Section section) {
        return new SectionForm(section.getName(), section.getSlug(),
                section.getParent().map(p -> String.valueOf(p.getId())).orElse(""));
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getParent() {
        return parent;
    }

    /** Whether this option of the parent chooser is the chosen one. */
    public boolean isParent(Long id) {
        return parent.equals(id == null ? "" : String.valueOf(id));
    }
}
