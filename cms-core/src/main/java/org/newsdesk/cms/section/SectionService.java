package org.newsdesk.cms.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.newsdesk.cms.article.Slugs;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/** Sections: the site's structure, managed by editors. */
@ApplicationScoped
@Transactional
public class SectionService {

    /**
     * First path segments the site itself answers; a top-level section with one of these slugs
     * would hide the admin UI, an author page or a feed.
     */
    static final Set<String> RESERVED_SLUGS = Set.of("admin", "authors", "assets", "feed", "feeds", "page",
            "preview", "search", "sitemaps", "health", "metrics", "api", "errors", "site");

    @Inject
    SectionRepository sections;

    @Inject
    StaffService staff;

    public Section create(String actor, String name, String slug, Long parentId) {
        if (!staff.getActive(actor).can(Role.EDITOR)) {
            throw new NotPermittedException("Only editors can create sections.");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            throw new InvalidInputException("name", "A section needs a name of at most 120 characters.");
        }
        Section parent = parentId == null ? null
                : sections.find(parentId).orElseThrow(() -> new NotFoundException("Section", parentId));
        String cleanSlug = slug == null || slug.isBlank() ? Slugs.fromHeadline(cleanName) : slug.strip();
        Slugs.problemWith(cleanSlug).ifPresent(problem -> {
            throw new InvalidInputException("slug", problem);
        });
        if (parent == null && RESERVED_SLUGS.contains(cleanSlug)) {
            throw new InvalidInputException("slug", "\u201c" + cleanSlug + "\u201d is used by the site itself.");
        }
        if (sections.findBySlug(parent, cleanSlug).isPresent()) {
            throw new InvalidInputException("slug", "Another section here already uses \u201c" + cleanSlug + "\u201d.");
        }
        Section section = new Section(cleanName, cleanSlug, parent, sections.children(parent).size());
        sections.add(section);
        return section;
    }

    /** Every section, by name: for choosing one in a form or a filter. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Section> all() {
        return sections.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Section get(long id) {
        return sections.find(id).orElseThrow(() -> new NotFoundException("Section", id));
    }
}
