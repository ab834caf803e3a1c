package org.newsdesk.cms.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.shared.RecordedChanges;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/** The rules editors meet when they shape the section tree, on an in-memory tree. */
class SectionServiceTest {

    private static final String EDITOR = "edith";
    private static final String WRITER = "wanda";

    private final InMemorySections stored = new InMemorySections();
    private final SectionService service = new SectionService();
    private final RecordedChanges changes = new RecordedChanges();
    private final List<SectionDeleted> deletions = new ArrayList<>();

    SectionServiceTest() {
        Map<String, StaffMember> people = Map.of(
                EDITOR, new StaffMember(EDITOR, "Edith", "hash", Set.of(Role.EDITOR), Instant.EPOCH),
                WRITER, new StaffMember(WRITER, "Wanda", "hash", Set.of(Role.WRITER), Instant.EPOCH));
        service.sections = stored;
        service.changes = changes;
        service.deletions = new Event<>() {
            @Override
            public void fire(SectionDeleted event) {
                deletions.add(event);
            }

            @Override
            public <U extends SectionDeleted> CompletionStage<U> fireAsync(U event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends SectionDeleted> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Event<SectionDeleted> select(Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends SectionDeleted> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <U extends SectionDeleted> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
                throw new UnsupportedOperationException();
            }
        };
        service.reserved = Set.of("admin", "feed", "search")::contains; // a few of what the public path model reserves
        service.staff = new StaffService() {
            @Override
            public StaffMember getActive(String username) {
                return Optional.ofNullable(people.get(username))
                        .orElseThrow(() -> new NotFoundException("Active staff member", username));
            }
        };
    }

    @Test
    void aNewSectionGoesLastAmongItsSiblingsWithASlugMadeFromItsName() {
        Section politics = service.create(EDITOR, "Politics", null, null);
        Section world = service.create(EDITOR, "World News", " ", null);
        Section elections = service.create(EDITOR, "Elections", "votes-2024", politics.getId());

        assertThat(world.getSlug()).isEqualTo("world-news");
        assertThat(world.getPosition()).isGreaterThan(politics.getPosition());
        assertThat(elections.path()).isEqualTo("politics/votes-2024");
        assertThat(service.tree()).containsExactly(politics, elections, world);
    }

    @Test
    void aTopLevelSlugCannotHideAnAddressOfTheSiteButASubsectionMayUseIt() {
        assertThat(problemsOf(() -> service.create(EDITOR, "Feed", null, null)))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("slug");
                    assertThat(p.message()).contains("/feed").contains("Type a slug of your own");
                });
        Section tech = service.create(EDITOR, "Tech", null, null);

        assertThat(service.create(EDITOR, "Feed", null, tech.getId()).path()).isEqualTo("tech/feed");
    }

    @Test
    void aSlugIsUniqueAmongSiblingsOnly() {
        Section politics = service.create(EDITOR, "Politics", null, null);
        Section sports = service.create(EDITOR, "Sports", null, null);
        service.create(EDITOR, "Local", null, politics.getId());

        assertThat(service.create(EDITOR, "Local", null, sports.getId()).path()).isEqualTo("sports/local");
        assertThat(problemsOf(() -> service.create(EDITOR, "Local news", "local", politics.getId())))
                .containsExactly(new FieldProblem("slug",
                        "\u201cLocal\u201d in \u201cPolitics\u201d already uses the slug \u201clocal\u201d."));
    }

    @Test
    void everyProblemOfANewSectionIsReportedAtOnce() {
        assertThat(problemsOf(() -> service.create(EDITOR, " ", "Not A Slug", 999L)))
                .extracting(FieldProblem::field).containsExactly("parent", "name");
        assertThat(problemsOf(() -> service.create(EDITOR, "x".repeat(121), "Not A Slug", null)))
                .extracting(FieldProblem::field).containsExactly("name", "slug");
    }

    @Test
    void renamingKeepsItsOwnSlugFreeAndRefusesASiblings() {
        Section politics = service.create(EDITOR, "Politics", null, null);
        Section sports = service.create(EDITOR, "Sports", null, null);

        service.rename(EDITOR, politics.getId(), politics.getVersion(), "Politics & Government", "politics");
        assertThat(politics.getName()).isEqualTo("Politics & Government");

        assertThat(problemsOf(() -> service.rename(EDITOR, sports.getId(), 0, "Sports", "politics")))
                .extracting(FieldProblem::field).containsExactly("slug");
        assertThat(problemsOf(() -> service.rename(EDITOR, sports.getId(), 0, "Sports", "admin")))
                .extracting(FieldProblem::field).containsExactly("slug");
        assertThat(sports.getSlug()).isEqualTo("sports");
    }

    @Test
    void aSectionCannotMoveIntoItsOwnSubtree() {
        Section politics = service.create(EDITOR, "Politics", null, null);
        Section elections = service.create(EDITOR, "Elections", null, politics.getId());
        Section polls = service.create(EDITOR, "Polls", null, elections.getId());

        assertThat(problemsOf(() -> service.move(EDITOR, politics.getId(), 0, polls.getId())))
                .containsExactly(new FieldProblem("parent",
                        "\u201cPolitics\u201d cannot move under \u201cPolls\u201d, which is one of its own subsections."));
        assertThat(problemsOf(() -> service.move(EDITOR, politics.getId(), 0, politics.getId())))
                .extracting(FieldProblem::message).containsExactly("A section cannot move under itself.");
        assertThat(service.possibleParents(elections.getId())).containsExactly(politics);
        assertThat(politics.getParent()).isEmpty();
    }

    @Test
    void aMoveIsRefusedWhereTheSlugIsTakenOrReserved() {
        Section politics = service.create(EDITOR, "Politics", null, null);
        Section sports = service.create(EDITOR, "Sports", null, null);
        Section politicsLocal = service.create(EDITOR, "Local", null, politics.getId());
        service.create(EDITOR, "Local", null, sports.getId());
        Section search = service.create(EDITOR, "Search", null, sports.getId());

        assertThat(problemsOf(() -> service.move(EDITOR, politicsLocal.getId(), 0, sports.getId())))
                .extracting(FieldProblem::field).containsExactly("parent");
        assertThat(problemsOf(() -> service.move(EDITOR, search.getId(), 0, null)))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("/search").contains("Rename"));

        Section moved = service.move(EDITOR, politicsLocal.getId(), 0, null);
        assertThat(moved.path()).isEqualTo("local");
        assertThat(moved.getPosition()).isGreaterThan(sports.getPosition());
    }

    @Test
    void siblingsAreReorderedOneStepAtATimeAndTheEndsStayPut() {
        Section a = service.create(EDITOR, "Alpha", null, null);
        Section b = service.create(EDITOR, "Bravo", null, null);
        Section c = service.create(EDITOR, "Charlie", null, null);
        Section child = service.create(EDITOR, "Child", null, b.getId());

        service.moveUp(EDITOR, c.getId(), 0);
        assertThat(service.tree()).containsExactly(a, c, b, child);
        service.moveUp(EDITOR, c.getId(), 0);
        assertThat(service.tree()).containsExactly(c, a, b, child);
        service.moveUp(EDITOR, c.getId(), 0);
        assertThat(service.tree()).containsExactly(c, a, b, child);
        service.moveDown(EDITOR, a.getId(), 0);
        assertThat(service.tree()).containsExactly(c, b, child, a);
        assertThat(List.of(c.getPosition(), b.getPosition(), a.getPosition())).containsExactly(0, 1, 2);
        // the audit log hears of the three moves made, not of the one that changed nothing
        assertThat(changes.actions()).containsExactly(Action.SECTION_CREATED, Action.SECTION_CREATED,
                Action.SECTION_CREATED, Action.SECTION_CREATED, Action.SECTION_REORDERED, Action.SECTION_REORDERED,
                Action.SECTION_REORDERED);
        assertThat(changes.all().get(4).detail()).isEqualTo("up, to place 2");
    }

    @Test
    void reorderingCopesWithGapsAndTiesLeftByEarlierMoves() {
        Section a = service.create(EDITOR, "Alpha", null, null);
        Section b = service.create(EDITOR, "Bravo", null, null);
        Section c = service.create(EDITOR, "Charlie", null, null);
        a.placeAt(5);
        b.placeAt(5);
        c.placeAt(9);

        service.moveDown(EDITOR, a.getId(), 0);

        assertThat(service.tree()).containsExactly(b, a, c);
    }

    @Test
    void aSectionInUseIsNotDeletedAndTheRefusalSaysHowManyStories() {
        Section metro = service.create(EDITOR, "Metro", null, null);
        stored.usages.put(metro, new SectionUsage(3, 0, 0));

        assertThatThrownBy(() -> service.delete(EDITOR, metro.getId(), 0))
                .isInstanceOf(SectionInUseException.class)
                .hasMessage("\u201cMetro\u201d cannot be deleted: 3 stories are filed in it; move them to another section first.");
        assertThat(service.tree()).containsExactly(metro);

        assertThat(changes.actions()).containsExactly(Action.SECTION_CREATED);

        long id = metro.getId();
        stored.usages.put(metro, new SectionUsage(0, 0, 0));
        service.delete(EDITOR, metro.getId(), 0);
        assertThat(service.tree()).isEmpty();
        assertThat(changes.all()).last().satisfies(deleted -> {
            assertThat(deleted.action()).isEqualTo(Action.SECTION_DELETED);
            assertThat(deleted.actor()).isEqualTo(new Change.Actor.Staff(EDITOR, "Edith"));
            assertThat(deleted.subject()).isEqualTo(Change.Subject.section(id, "Metro"));
        });
        assertThat(deletions).as("announced with where its front was, for the page cache")
                .containsExactly(new SectionDeleted(id, "metro"));
    }

    @Test
    void aChangeFromAStalePageIsRefused() {
        Section metro = service.create(EDITOR, "Metro", null, null);

        assertThatThrownBy(() -> service.rename(EDITOR, metro.getId(), 7, "City", "city"))
                .isInstanceOf(StaleEditException.class)
                .hasMessageContaining("the section \u201cMetro\u201d");
        assertThatThrownBy(() -> service.moveUp(EDITOR, metro.getId(), 7)).isInstanceOf(StaleEditException.class);
        assertThat(metro.getName()).isEqualTo("Metro");
        assertThat(changes.actions()).as("refusals are no changes").containsExactly(Action.SECTION_CREATED);
    }

    @Test
    void writersCannotShapeTheTree() {
        Section metro = service.create(EDITOR, "Metro", null, null);

        assertThatThrownBy(() -> service.create(WRITER, "Mine", null, null))
                .isInstanceOf(NotPermittedException.class).hasMessage("Only editors can manage sections.");
        assertThatThrownBy(() -> service.rename(WRITER, metro.getId(), 0, "Mine", "mine"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.delete(WRITER, metro.getId(), 0)).isInstanceOf(NotPermittedException.class);
        assertThat(service.tree()).containsExactly(metro);
    }

    private static List<FieldProblem> problemsOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException invalid) {
            return invalid.problems();
        }
        throw new AssertionError("expected the input to be refused");
    }

    /** Sections kept in a list, with ids handed out as the database sequence would. */
    static final class InMemorySections implements SectionRepository {

        final List<Section> sections = new ArrayList<>();
        final Map<Section, SectionUsage> usages = new IdentityHashMap<>();
        private long nextId = 50;

        @Override
        public Optional<Section> find(long id) {
            return sections.stream().filter(s -> s.getId() == id).findFirst();
        }

        @Override
        public Optional<Section> findBySlug(Section parent, String slug) {
            return children(parent).stream().filter(s -> s.getSlug().equals(slug)).findFirst();
        }

        @Override
        public List<Section> children(Section parent) {
            return SectionTree.inOrder(sections).stream()
                    .filter(s -> s.getParent().orElse(null) == parent)
                    .toList();
        }

        @Override
        public List<Section> all() {
            return List.copyOf(sections);
        }

        @Override
        public void add(Section section) {
            try {
                Field id = Section.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(section, nextId++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            sections.add(section);
        }

        @Override
        public void remove(Section section) {
            sections.remove(section);
        }

        @Override
        public SectionUsage usage(Section section) {
            long subsections = sections.stream().filter(s -> s.getParent().orElse(null) == section).count();
            SectionUsage given = usages.getOrDefault(section, new SectionUsage(0, 0, 0));
            return new SectionUsage(given.stories(), given.storiesOnlyInEarlierRevisions(), subsections);
        }

        @Override
        public Map<Long, Long> storyCounts() {
            return new HashMap<>();
        }

        @Override
        public void flush() {
            // nothing to write
        }
    }
}
