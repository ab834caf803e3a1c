package org.newsdesk.cms.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.slug.Slugs;
import org.newsdesk.cms.staff.StaffPolicy;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;

/** Authors: the people (staff or guests) who appear in bylines. Editors manage them. */
@ApplicationScoped
@Transactional
public class AuthorService {

    public static final int NAME_MAXIMUM = 120;
    /** The column's size; a bio is plain text, shown escaped. */
    public static final int BIO_MAXIMUM = 2000;

    @Inject
    AuthorRepository authors;

    @Inject
    StaffService staff;

    @Inject
    Changes changes;

    public Author create(String actor, String name, String slug, String bio) {
        requireEditor(actor, "add authors");
        Profile profile = checked(name, slug, bio, null);
        Author author = new Author(profile.name(), profile.slug(), profile.bio());
        authors.add(author);
        announce(actor, Action.AUTHOR_CREATED, author);
        return author;
    }

    /**
     * Saves an author's name, slug and bio.
     *
     * @param expectedVersion the version the editor's form was loaded with
     * @throws StaleEditException when someone saved the author in between; nothing is changed
     */
    public Author edit(String actor, long authorId, long expectedVersion, String name, String slug, String bio) {
        requireEditor(actor, "edit authors");
        Author author = get(authorId);
        if (author.getVersion() != expectedVersion) {
            throw stale(author);
        }
        Profile profile = checked(name, slug, bio, author);
        author.reviseProfile(profile.name(), profile.slug(), profile.bio());
        ChangeWriter.writeNow(authors::flush, () -> Optional.of(stale(author)));
        announce(actor, Action.AUTHOR_EDITED, author);
        return author;
    }

    /** Every author, by name: for choosing bylines or filtering by one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Author> all() {
        return authors.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Author get(long id) {
        return authors.find(id).orElseThrow(() -> new NotFoundException("Author", id));
    }

    private void announce(String actor, Action action, Author author) {
        changes.announce(staff.getActive(actor).asActor(), action, Subject.author(author.getId(), author.getName()),
                "at /authors/" + author.getSlug());
    }

    private void requireEditor(String actor, String action) {
        StaffPolicy.requireEditor(staff.getActive(actor), action);
    }

    /** Checks every field at once, so the form can show each problem at its field. */
    private Profile checked(String name, String slug, String bio, Author except) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = Characters.field(name);
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAXIMUM) {
            problems.add(new FieldProblem("name", "An author needs a name of at most " + NAME_MAXIMUM + " characters."));
        }
        String cleanSlug = Slugs.choose(slug, cleanName, taken -> authors.findBySlug(taken)
                .filter(holder -> !isSame(holder, except))
                .map(holder -> "\u201c" + holder.getName() + "\u201d"), problems).orElse(null);
        // line breaks arrive from a browser as CRLF; stored as LF, so the limit counts what is kept
        String cleanBio = Characters.field(bio);
        if (cleanBio.length() > BIO_MAXIMUM) {
            problems.add(new FieldProblem("bio", String.format(
                    "A bio can have at most %,d characters; this one has %,d.", BIO_MAXIMUM, cleanBio.length())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Profile(cleanName, cleanSlug, cleanBio.isEmpty() ? null : cleanBio);
    }

    private static boolean isSame(Author a, Author b) {
        return a == b || (a != null && b != null && a.getId() != null && a.getId().equals(b.getId()));
    }

    private static StaleEditException stale(Author author) {
        return new StaleEditException("the author \u201c" + author.getName() + "\u201d", author.getVersion());
    }

    private record Profile(String name, String slug, String bio) {
    }
}
