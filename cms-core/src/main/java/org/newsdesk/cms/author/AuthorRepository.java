package org.newsdesk.cms.author;

import java.util.List;
import java.util.Optional;

public interface AuthorRepository {

    Optional<Author> find(long id);

    Optional<Author> findBySlug(String slug);

    /** Every author, by name: the byline choices of the editor. */
    List<Author> all();

    void add(Author author);

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
