package org.newsdesk.cms.author;

import java.util.Optional;

public interface AuthorRepository {

    Optional<Author> find(long id);

    Optional<Author> findBySlug(String slug);

    void add(Author author);
}
