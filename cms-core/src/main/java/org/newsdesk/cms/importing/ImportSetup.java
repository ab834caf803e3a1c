package org.newsdesk.cms.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorRepository;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionRepository;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.shared.EditorialException;
import org.newsdesk.cms.slug.Slugs;

/**
 * The sections and authors an export's categories and authors become: an existing section with
 * the category's slug under the same parent, or a new one (the category's nicename kept as its
 * slug, its parent made first); an existing author of the same name, or a new one named with the
 * display name, never the login. Each is made once per run, through the desk's own services, in a
 * transaction of its own, so a batch that rolls back does not take them with it.
 */
@ApplicationScoped
public class ImportSetup {

    /** Deeper than any category tree: a loop of parents in a broken export ends here. */
    private static final int DEPTH_MAXIMUM = 20;

    @Inject
    SectionRepository sections;

    @Inject
    AuthorRepository authors;

    @Inject
    Creations creations;

    /** The section for a category, or null when it cannot be one (reported once). */
    public Long sectionFor(ImportPlan plan, WxrCategory category) {
        return sectionFor(plan, category, 0);
    }

    private Long sectionFor(ImportPlan plan, WxrCategory category, int depth) {
        String nicename = Objects.toString(category.nicename(), "").strip();
        if (nicename.isEmpty()) {
            nicename = Slugs.fromHeadline(category.name());
        }
        Long known = plan.sectionsByNicename().get(nicename);
        if (known != null || plan.refusedCategories().contains(nicename) || depth > DEPTH_MAXIMUM) {
            return known;
        }
        WxrCategory declared = plan.categories().getOrDefault(nicename, category);
        Long parentId = null;
        if (declared.parent() != null) {
            WxrCategory parent = plan.categories().getOrDefault(declared.parent(),
                    new WxrCategory(declared.parent(), declared.parent(), null));
            parentId = sectionFor(plan, parent, depth + 1);
            if (parentId == null) {
                plan.refusedCategories().add(nicename);
                return null;
            }
        }
        String name = name(declared);
        String slug = Slugs.problemWith(nicename).isEmpty() ? nicename : Slugs.fromHeadline(name);
        Section parent = parentId == null ? null : sections.find(parentId).orElseThrow();
        Optional<Section> existing = sections.findBySlug(parent, slug);
        Long id;
        if (existing.isPresent()) {
            id = existing.get().getId();
        } else {
            try {
                id = creations.section(plan.actor(), name, slug, parentId);
            } catch (EditorialException refused) {
                plan.refusedCategories().add(nicename);
                creations.note(plan.jobId(), "Category \u201c" + name + "\u201d",
                        "Could not become a section: " + refused.getMessage() + " Its posts were not imported; "
                                + "create a section for them and import the file again.");
                return null;
            }
        }
        plan.sectionsByNicename().put(nicename, id);
        return id;
    }

    private static String name(WxrCategory category) {
        String name = category.name() == null ? "" : Jsoup.parse(category.name()).text().strip();
        if (name.isEmpty()) {
            name = category.nicename();
        }
        return name.length() > SectionService.NAME_MAXIMUM ? name.substring(0, SectionService.NAME_MAXIMUM) : name;
    }

    /**
     * The byline for a post's author: their display name as the export lists it. A login the export
     * does not list gets the site's staff byline, so no login ever shows on the site.
     */
    public Long authorFor(ImportPlan plan, String login) {
        String key = Objects.toString(login, "");
        Long known = plan.authorsByLogin().get(key);
        if (known != null) {
            return known;
        }
        String name = plan.displayNames().get(key);
        if (name == null) {
            name = plan.siteTitle() + " staff";
        }
        name = Jsoup.parse(name).text().strip();
        if (name.length() > AuthorService.NAME_MAXIMUM) {
            name = name.substring(0, AuthorService.NAME_MAXIMUM);
        }
        String slug = Slugs.fromHeadline(name);
        String wanted = name;
        Optional<Author> existing = authors.findBySlug(slug).filter(a -> a.getName().equals(wanted));
        Long id;
        if (existing.isPresent()) {
            id = existing.get().getId();
        } else {
            id = creations.author(plan.actor(), name, Slugs.unique(slug, candidate -> authors.findBySlug(candidate).isPresent()));
        }
        plan.authorsByLogin().put(key, id);
        return id;
    }

    /** Each in a transaction of its own. */
    @ApplicationScoped
    public static class Creations {

        @Inject
        SectionService sectionService;

        @Inject
        AuthorService authorService;

        @Inject
        ImportRepository imports;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Long section(String actor, String name, String slug, Long parentId) {
            return sectionService.create(actor, name, slug, parentId).getId();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public Long author(String actor, String name, String slug) {
            return authorService.create(actor, name, slug, null).getId();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void note(long jobId, String title, String reason) {
            imports.add(new ImportNote(jobId, ImportNote.Kind.NOTE, 0, title, reason, null));
        }
    }
}
