package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorRepository;

@ApplicationScoped
public class JpaAuthorRepository implements AuthorRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public Optional<Author> find(long id) {
        return Optional.ofNullable(em.find(Author.class, id));
    }

    @Override
    public Optional<Author> findBySlug(String slug) {
        return em.createQuery("SELECT a FROM Author a WHERE a.slug = :slug", Author.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Author> all() {
        return em.createQuery("SELECT a FROM Author a ORDER BY a.name, a.id", Author.class).getResultList();
    }

    @Override
    public void add(Author author) {
        em.persist(author);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
