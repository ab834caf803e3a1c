package org.newsdesk.cms.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sections as the site's table of contents reads: each parent, then its children in order. */
public final class SectionTree {

    private static final Comparator<Section> SIBLING_ORDER = Comparator.comparingInt(Section::getPosition)
            .thenComparing(Section::getName)
            .thenComparing(s -> s.getId() == null ? Long.MAX_VALUE : s.getId());

    private SectionTree() {
    }

    /** Depth first, siblings by position (then name): the order of an indented list. */
    public static List<Section> inOrder(List<Section> sections) {
        Map<Object, List<Section>> children = new HashMap<>();
        for (Section section : sections) {
            children.computeIfAbsent(key(section.getParent().orElse(null)), k -> new ArrayList<>()).add(section);
        }
        children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
        List<Section> ordered = new ArrayList<>(sections.size());
        addBelow(null, children, ordered);
        return ordered;
    }

    private static void addBelow(Section parent, Map<Object, List<Section>> children, List<Section> ordered) {
        for (Section child : children.getOrDefault(key(parent), List.of())) {
            ordered.add(child);
            addBelow(child, children, ordered);
        }
    }

    /** Stored sections by id; sections not yet stored (in unit tests) by themselves. */
    private static Object key(Section section) {
        if (section == null) {
            return "top";
        }
        return section.getId() != null ? section.getId() : section;
    }
}
