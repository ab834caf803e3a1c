package org.newsdesk.cms.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface SectionRepository {

    Optional<Section> find(long id);

    /** The child of {@code parent} (a top-level section when null) with this slug. */
    Optional<Section> findBySlug(Section parent, String slug);

    List<Section> children(Section parent);

    /** Every section: the tree is small, and the public site reads it whole. */
    List<Section> all();

    void add(Section section);

    /** Deletes a section nothing points at any more (see {@link #usage}). */
    void remove(Section section);

    /** What points at the section: stories now and in earlier revisions, and subsections. */
    SectionUsage usage(Section section);

    /** How many stories are filed in each section now, by section id; sections without any are left out. */
    Map<Long, Long> storyCounts();

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
