package org.newsdesk.cms.author;

import java.util.List;
import java.util.Optional;

public interface AuthorRepository {

    Optional<Author> find(long id);

    Optional<Author> findBySlug(String slug);

    /** Every author, by name. */
    List<Author> all();

    void add(Author author);
}
