package org.newsdesk.cms.section;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.slug.SlugScope;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;

/**
 * Sections: the site's structure, managed by editors. A section's slug is unique among its
 * siblings (so every section front has one address), and a top-level slug never hides an address
 * the site itself answers. Every change to a section carries the version the editor's page showed.
 */
@ApplicationScoped
@Transactional
public class SectionService {

    @Inject
    SectionRepository sections;

    /**
     * First path segments the site itself answers (the public path model knows them); a top-level
     * section with one of these slugs would hide the admin UI, an author page or a feed.
     */
    @Inject
    ReservedSlugs reserved;

    @Inject
    StaffService staff;

    @Inject
    Changes changes;

    @Inject
    Event<SectionDeleted> deletions;

    public static final int NAME_MAXIMUM = 120;

    public Section create(String actor, String name, String slug, Long parentId) {
        requireEditor(actor);
        List<FieldProblem> problems = new ArrayList<>();
        Section parent = null;
        if (parentId != null) {
            parent = sections.find(parentId).orElse(null);
            if (parent == null) {
                problems.add(new FieldProblem("parent", "The chosen parent section no longer exists; choose another."));
            }
        }
        String cleanName = checkedName(name, problems);
        String cleanSlug = parentId != null && parent == null ? null : checkedSlug(slug, cleanName, parent, null, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Section section = new Section(cleanName, cleanSlug, parent, nextPosition(parent));
        sections.add(section);
        announce(actor, Action.SECTION_CREATED, section, "at /" + section.path());
        return section;
    }

    /**
     * Gives the section a new name and slug. A new slug changes the public address of its front
     * and of every story in it or below it (the public site answers the old story addresses with
     * a redirect).
     */
    public Section rename(String actor, long sectionId, long expectedVersion, String name, String slug) {
        Section section = editable(actor, sectionId, expectedVersion);
        Section parent = section.getParent().orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = checkedName(name, problems);
        String cleanSlug = checkedSlug(slug, cleanName, parent, section, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String before = section.getName();
        section.rename(cleanName, cleanSlug);
        flushChecked(section);
        announce(actor, Action.SECTION_RENAMED, section, "was \u201c" + before + "\u201d; now at /" + section.path());
        return section;
    }

    /**
     * Moves the section, with its subsections and stories, under another parent ({@code null}: to
     * the top level), last among its new siblings. Refused when that would make a loop, or when
     * the new siblings already use its slug.
     */
    public Section move(String actor, long sectionId, long expectedVersion, Long newParentId) {
        Section section = editable(actor, sectionId, expectedVersion);
        Section newParent = newParentId == null ? null : sections.find(newParentId).orElseThrow(() ->
                new InvalidInputException("parent", "The chosen parent section no longer exists; choose another."));
        Section oldParent = section.getParent().orElse(null);
        if (sameSection(oldParent, newParent)) {
            return section;
        }
        section.requireMayMoveUnder(newParent);
        if (newParent == null && reserved.isReserved(section.getSlug())) {
            throw new InvalidInputException("parent", reservedMessage(section.getSlug())
                    + " Rename the section before moving it to the top level.");
        }
        if (sections.findBySlug(newParent, section.getSlug()).isPresent()) {
            throw new InvalidInputException("parent", "Another section " + where(newParent) + " already uses the slug \u201c"
                    + section.getSlug() + "\u201d. Rename one of them first.");
        }
        section.moveUnder(newParent, nextPosition(newParent));
        flushChecked(section);
        announce(actor, Action.SECTION_MOVED, section, where(newParent) + ", now at /" + section.path());
        return section;
    }

    /** Moves the section one place earlier among its siblings; the first stays where it is. */
    public Section moveUp(String actor, long sectionId, long expectedVersion) {
        return shift(actor, sectionId, expectedVersion, -1);
    }

    /** Moves the section one place later among its siblings; the last stays where it is. */
    public Section moveDown(String actor, long sectionId, long expectedVersion) {
        return shift(actor, sectionId, expectedVersion, +1);
    }

    /**
     * Deletes a section nothing uses. A section with stories (now or in an earlier revision) or
     * subsections is never deleted silently: the refusal says how many, and what to do instead.
     */
    public void delete(String actor, long sectionId, long expectedVersion) {
        Section section = editable(actor, sectionId, expectedVersion);
        SectionUsage usage = sections.usage(section);
        if (!usage.isUnused()) {
            throw new SectionInUseException(section, usage);
        }
        long id = section.getId();
        String name = section.getName();
        String path = section.path();
        sections.remove(section);
        // a story filed in it, or a subsection added, after the check above fails the write
        flushChecked(section);
        changes.announce(staff.getActive(actor).asActor(), Action.SECTION_DELETED, Subject.section(id, name), null);
        deletions.fire(new SectionDeleted(id, path));
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

    /** Every section in reading order: each parent, then its children in position order, depth first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Section> tree() {
        return SectionTree.inOrder(sections.all());
    }

    /** The sections a section may move under: all but itself and its own subsections. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Section> possibleParents(long sectionId) {
        Section section = get(sectionId);
        return tree().stream().filter(candidate -> !candidate.isWithin(section)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SectionUsage usage(long sectionId) {
        return sections.usage(get(sectionId));
    }

    /** How many stories are filed in each section now, by section id (absent: none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> storyCounts() {
        return sections.storyCounts();
    }

    private Section shift(String actor, long sectionId, long expectedVersion, int step) {
        Section section = editable(actor, sectionId, expectedVersion);
        List<Section> siblings = new ArrayList<>(sections.children(section.getParent().orElse(null)));
        int from = -1;
        for (int i = 0; i < siblings.size(); i++) {
            if (sameSection(siblings.get(i), section)) {
                from = i;
            }
        }
        int to = from + step;
        if (from < 0 || to < 0 || to >= siblings.size()) {
            return section;
        }
        Collections.swap(siblings, from, to);
        // renumbered 0, 1, 2...: positions that had gaps or ties (sections moved away, or created
        // at the same moment) come out in the order the editor sees
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).getPosition() != i) {
                siblings.get(i).placeAt(i);
            }
        }
        flushChecked(section);
        announce(actor, Action.SECTION_REORDERED, section, (step < 0 ? "up" : "down") + ", to place " + (to + 1));
        return section;
    }

    /** The section, after checking that the actor may change it and has seen its current version. */
    private Section editable(String actor, long sectionId, long expectedVersion) {
        requireEditor(actor);
        Section section = get(sectionId);
        if (section.getVersion() != expectedVersion) {
            throw stale(section);
        }
        return section;
    }

    private void announce(String actor, Action action, Section section, String detail) {
        changes.announce(staff.getActive(actor).asActor(), action, Subject.section(section.getId(), section.getName()),
                detail);
    }

    private void requireEditor(String actor) {
        StaffPolicy.requireEditor(staff.getActive(actor), "manage sections");
    }

    /**
     * Writes the change now, so that a change someone else committed after the version check
     * surfaces as a stale edit (the {@code @Version} check) and not as a failed commit.
     */
    private void flushChecked(Section section) {
        ChangeWriter.writeNow(sections::flush, () -> Optional.of(stale(section)));
    }

    private int nextPosition(Section parent) {
        return sections.children(parent).stream().mapToInt(Section::getPosition).max().orElse(-1) + 1;
    }

    private static String checkedName(String name, List<FieldProblem> problems) {
        String clean = Characters.field(name);
        if (clean.isEmpty() || clean.length() > NAME_MAXIMUM) {
            problems.add(new FieldProblem("name", "A section needs a name of at most " + NAME_MAXIMUM + " characters."));
        }
        return clean;
    }

    /** The slug typed, or one made from the name when none was; null when there is a problem. */
    private String checkedSlug(String slug, String cleanName, Section parent, Section except, List<FieldProblem> problems) {
        return Slugs.choose(slug, cleanName, new SlugScope() {
            @Override
            public Optional<String> holderOf(String clean) {
                return sections.findBySlug(parent, clean)
                        .filter(holder -> !sameSection(holder, except))
                        .map(holder -> "\u201c" + holder.getName() + "\u201d " + where(parent));
            }

            @Override
            public Optional<String> refusal(String clean, boolean typed) {
                if (parent == null && reserved.isReserved(clean)) {
                    return Optional.of(reservedMessage(clean) + (typed ? " Choose another slug." : " Type a slug of your own."));
                }
                return Optional.empty();
            }
        }, problems).orElse(null);
    }

    private static String reservedMessage(String slug) {
        return "The site itself answers at /" + slug + ", so no top-level section can use the slug \u201c" + slug + "\u201d.";
    }

    private static String where(Section parent) {
        return parent == null ? "at the top level" : "in \u201c" + parent.getName() + "\u201d";
    }

    private static StaleEditException stale(Section section) {
        return new StaleEditException("the section \u201c" + section.getName() + "\u201d", section.getVersion());
    }

    private static boolean sameSection(Section a, Section b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a == b || (a.getId() != null && a.getId().equals(b.getId()));
    }
}
