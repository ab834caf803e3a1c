package org.newsdesk.cms.section;

import java.util.List;
import java.util.Optional;

public interface SectionRepository {

    Optional<Section> find(long id);

    /** The child of {@code parent} (a top-level section when null) with this slug. */
    Optional<Section> findBySlug(Section parent, String slug);

    List<Section> children(Section parent);

    /** Every section, by name. */
    List<Section> all();

    void add(Section section);
}
