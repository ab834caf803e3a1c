package org.newsdesk.cms.section;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sections as one tree. As a table of contents ({@link #inOrder}): each parent, then its
 * children in order. As a tree read once per request (the instance): fronts include their child
 * sections' stories, articles show their section's name, and paths resolve to sections without a
 * query per segment.
 */
public final class SectionTree {

    private static final Comparator<Section> SIBLING_ORDER = Comparator.comparingInt(Section::getPosition)
            .thenComparing(Section::getName)
            .thenComparing(s -> s.getId() == null ? Long.MAX_VALUE : s.getId());

    private final Map<Long, Section> byId = new LinkedHashMap<>();
    private final Map<String, Section> byPath = new LinkedHashMap<>();

    /** @param sections every stored section, in the order the navigation lists them */
    public SectionTree(Collection<Section> sections) {
        for (Section section : sections) {
            byId.put(section.getId(), section);
            byPath.put(section.path(), section);
        }
    }

    public Optional<Section> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The section at {@code politics/elections}. */
    public Optional<Section> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** Top-level sections in the order given: the site's navigation. */
    public List<Section> topLevel() {
        return byId.values().stream().filter(s -> s.getParent().isEmpty()).toList();
    }

    public List<Section> children(Section parent) {
        return byId.values().stream()
                .filter(s -> s.getParent().map(p -> p.getId().equals(parent.getId())).orElse(false))
                .toList();
    }

    /** The section and every section below it: whose stories its front lists. */
    public List<Long> withDescendants(Section section) {
        List<Long> ids = new ArrayList<>();
        ids.add(section.getId());
        for (Section child : children(section)) {
            ids.addAll(withDescendants(child));
        }
        return ids;
    }

    /** The section and the sections above it, nearest first: the fronts a story in it appears on. */
    public static List<Section> withAncestors(Section section) {
        List<Section> chain = new ArrayList<>();
        for (Section s = section; s != null; s = s.getParent().orElse(null)) {
            chain.add(s);
        }
        return chain;
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
