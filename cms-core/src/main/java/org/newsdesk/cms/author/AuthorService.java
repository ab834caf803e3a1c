package org.newsdesk.cms.author;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.newsdesk.cms.article.Slugs;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffService;

/** Authors: the people (staff or guests) who appear in bylines. */
@ApplicationScoped
@Transactional
public class AuthorService {

    @Inject
    AuthorRepository authors;

    @Inject
    StaffService staff;

    public Author create(String actor, String name, String slug, String bio) {
        if (!staff.getActive(actor).can(Role.EDITOR)) {
            throw new NotPermittedException("Only editors can add authors.");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 120) {
            throw new InvalidInputException("name", "An author needs a name of at most 120 characters.");
        }
        String cleanSlug = slug == null || slug.isBlank() ? Slugs.fromHeadline(cleanName) : slug.strip();
        Slugs.problemWith(cleanSlug).ifPresent(problem -> {
            throw new InvalidInputException("slug", problem);
        });
        if (authors.findBySlug(cleanSlug).isPresent()) {
            throw new InvalidInputException("slug", "Another author already uses \u201c" + cleanSlug + "\u201d.");
        }
        String cleanBio = bio == null || bio.isBlank() ? null : bio.strip();
        if (cleanBio != null && cleanBio.length() > 2000) {
            throw new InvalidInputException("bio", "A bio can have at most 2,000 characters.");
        }
        Author author = new Author(cleanName, cleanSlug, cleanBio);
        authors.add(author);
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
}
