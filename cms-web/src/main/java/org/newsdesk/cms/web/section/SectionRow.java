package org.newsdesk.cms.web.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.cms.section.Section;

/**
 * One line of the sections tree as the list and the parent choosers show it: the section, how deep
 * it sits, its full name ("Politics › Elections"), its stories, and whether it can move up or down
 * among its siblings.
 */
public final class SectionRow {

    private final Section section;
    private final int depth;
    private final String label;
    private final String parentLabel;
    private final String path;
    private final long stories;
    private final boolean first;
    private final boolean last;

    private SectionRow(Section section, int depth, String label, String parentLabel, String path, long stories,
                       boolean first, boolean last) {
        this.section = section;
        this.depth = depth;
        this.label = label;
        this.parentLabel = parentLabel;
        this.path = path;
        this.stories = stories;
        this.first = first;
        this.last = last;
    }

    /** @param tree the sections depth first, each parent before its children (SectionService.tree) */
    public static List<SectionRow> of(List<Section> tree, Map<Long, Long> storyCounts) {
        Map<Long, String> labels = new HashMap<>();
        Map<Long, String> paths = new HashMap<>();
        Map<Long, Integer> depths = new HashMap<>();
        Map<Long, List<Section>> siblings = new HashMap<>();
        for (Section section : tree) {
            Long parentId = parentIdOf(section);
            String parentLabel = parentId == null ? null : labels.get(parentId);
            labels.put(section.getId(), parentLabel == null ? section.getName() : parentLabel + " \u203a " + section.getName());
            paths.put(section.getId(), (parentId == null ? "" : paths.get(parentId)) + "/" + section.getSlug());
            depths.put(section.getId(), parentId == null ? 0 : depths.getOrDefault(parentId, 0) + 1);
            siblings.computeIfAbsent(parentId == null ? -1L : parentId, k -> new ArrayList<>()).add(section);
        }
        List<SectionRow> rows = new ArrayList<>(tree.size());
        for (Section section : tree) {
            Long parentId = parentIdOf(section);
            List<Section> family = siblings.get(parentId == null ? -1L : parentId);
            rows.add(new SectionRow(section, depths.get(section.getId()), labels.get(section.getId()),
                    parentId == null ? "" : labels.getOrDefault(parentId, ""),
                    paths.get(section.getId()), storyCounts.getOrDefault(section.getId(), 0L),
                    family.get(0) == section, family.get(family.size() - 1) == section));
        }
        return rows;
    }

    private static Long parentIdOf(Section section) {
        return section.getParent().map(Section::getId).orElse(null);
    }

    public Section getSection() {
        return section;
    }

    public Long getId() {
        return section.getId();
    }

    public String getName() {
        return section.getName();
    }

    /** The path of the section front on the public site: {@code /politics/elections}. */
    public String getPath() {
        return path;
    }

    public long getVersion() {
        return section.getVersion();
    }

    public int getDepth() {
        return depth;
    }

    /** The CSS class that indents the name; deeper than five levels looks like five. */
    public String getIndent() {
        return "depth-" + Math.min(depth, 5);
    }

    /** The names of the sections above this one ("Politics › Elections"), or "" at the top level. */
    public String getParentLabel() {
        return parentLabel;
    }

    /** The names from the top level down, for a chooser where indentation cannot be seen. */
    public String getLabel() {
        return label;
    }

    public long getStories() {
        return stories;
    }

    public boolean isFirst() {
        return first;
    }

    public boolean isLast() {
        return last;
    }
}
