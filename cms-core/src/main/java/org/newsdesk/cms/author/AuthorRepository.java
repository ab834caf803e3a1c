package org.newsdesk.cms.author;

import java.util.List;
import java.util.Optional;

public interface AuthorRepository {

    Optional<Author> find(long id);

    Optional<Author> findBySlug(String slug);

    void add(Author author);

    /** Every author, by name: a newsroom has hundreds at most. */
    List<Author> all();

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
