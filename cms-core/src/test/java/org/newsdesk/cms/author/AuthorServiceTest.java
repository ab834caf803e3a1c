package org.newsdesk.cms.author;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.shared.RecordedChanges;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;

/** What editors meet when they keep the bylines' authors, on an in-memory list. */
class AuthorServiceTest {

    private final List<Author> stored = new ArrayList<>();
    private final AuthorService service = new AuthorService();
    private final RecordedChanges changes = new RecordedChanges();

    AuthorServiceTest() {
        service.changes = changes;
        service.authors = new AuthorRepository() {
            private long nextId = 50;

            @Override
            public Optional<Author> find(long id) {
                return stored.stream().filter(a -> a.getId() == id).findFirst();
            }

            @Override
            public Optional<Author> findBySlug(String slug) {
                return stored.stream().filter(a -> a.getSlug().equals(slug)).findFirst();
            }

            @Override
            public void add(Author author) {
                try {
                    Field id = Author.class.getDeclaredField("id");
                    id.setAccessible(true);
                    id.set(author, nextId++);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                stored.add(author);
            }

            @Override
            public List<Author> all() {
                return List.copyOf(stored);
            }

            @Override
            public void flush() {
                // nothing to write
            }
        };
        service.staff = new StaffService() {
            @Override
            public StaffMember getActive(String username) {
                Role role = username.equals("edith") ? Role.EDITOR : Role.WRITER;
                return new StaffMember(username, username, "hash", Set.of(role), Instant.EPOCH);
            }
        };
    }

    @Test
    void anEditorEditsNameSlugAndBio() {
        Author ada = service.create("edith", "Ada Reporter", null, "Covers City Hall.");

        service.edit("edith", ada.getId(), ada.getVersion(), "Ada B. Reporter", "ada-b-reporter",
                "Covers City Hall.\r\nAnd the council.");

        assertThat(ada.getName()).isEqualTo("Ada B. Reporter");
        assertThat(ada.getSlug()).isEqualTo("ada-b-reporter");
        assertThat(ada.getBio()).isEqualTo("Covers City Hall.\nAnd the council.");
        assertThat(changes.all()).last().isEqualTo(new Change(new Change.Actor.Staff("edith", "edith"),
                Change.Action.AUTHOR_EDITED, Change.Subject.author(ada.getId(), "Ada B. Reporter"),
                "at /authors/ada-b-reporter", Instant.EPOCH));
    }

    @Test
    void aBioIsLimitedTo2000CharactersAsStoredAndEveryProblemIsReported() {
        Author ada = service.create("edith", "Ada Reporter", null, null);
        Author bob = service.create("edith", "Bob Stringer", null, null);

        // a browser sends each line break as CRLF: 2,998 characters sent, 1,999 kept
        String lines = "a\r\n".repeat(999) + "a";
        service.edit("edith", ada.getId(), 0, "Ada Reporter", "ada-reporter", lines);
        assertThat(ada.getBio()).hasSize(1999);

        assertThatThrownBy(() -> service.edit("edith", bob.getId(), 0, "", "ada-reporter", "x".repeat(2001)))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> {
                    assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactly("name", "slug", "bio");
                    assertThat(invalid.problems().get(2).message())
                            .isEqualTo("A bio can have at most 2,000 characters; this one has 2,001.");
                });
        assertThat(bob.getName()).isEqualTo("Bob Stringer");
    }

    @Test
    void anAuthorKeepsTheirOwnSlugButCannotTakeAnothers() {
        Author ada = service.create("edith", "Ada Reporter", null, null);
        service.create("edith", "Bob Stringer", null, null);

        service.edit("edith", ada.getId(), 0, "Ada Reporter", "ada-reporter", null);

        assertThatThrownBy(() -> service.edit("edith", ada.getId(), 0, "Ada Reporter", "bob-stringer", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("\u201cBob Stringer\u201d already uses the slug \u201cbob-stringer\u201d.");
    }

    @Test
    void aStaleSaveAndAWritersSaveChangeNothing() {
        Author ada = service.create("edith", "Ada Reporter", null, null);

        assertThatThrownBy(() -> service.edit("edith", ada.getId(), 3, "Someone Else", "", null))
                .isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> service.edit("wanda", ada.getId(), 0, "Someone Else", "", null))
                .isInstanceOf(NotPermittedException.class);
        assertThat(ada.getName()).isEqualTo("Ada Reporter");
        assertThat(changes.actions()).containsExactly(Change.Action.AUTHOR_CREATED);
    }
}
