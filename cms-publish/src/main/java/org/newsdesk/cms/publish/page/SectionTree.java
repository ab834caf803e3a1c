package org.newsdesk.cms.publish.page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.section.Section;

/**
 * All sections at once, read per request: fronts include their child sections' stories, articles
 * show their section's name, and paths resolve to sections without a query per segment.
 */
public final class SectionTree {

    private final Map<Long, Section> byId = new LinkedHashMap<>();
    private final Map<String, Section> byPath = new LinkedHashMap<>();

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

    /** Top-level sections in the editors' order: the site's navigation. */
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
}
