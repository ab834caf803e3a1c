package org.newsdesk.cms.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsdesk.cms.audit.AuditEntry;
import org.newsdesk.cms.audit.AuditFilter;
import org.newsdesk.cms.audit.AuditRepository;
import org.newsdesk.cms.shared.Change.Kind;

/** The audit log in the {@code audit_entry} table (V8): insert and select only. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "newsdesk")
    EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actorKind() != null) {
            conditions.add("e.actorKind = :actorKind");
            parameters.put("actorKind", filter.actorKind());
        }
        if (filter.actorUsername() != null) {
            conditions.add("e.actorUsername = :username");
            parameters.put("username", filter.actorUsername());
        }
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.subjectKind() != null) {
            conditions.add("e.subjectKind = :kind");
            parameters.put("kind", filter.subjectKind());
        }
        if (filter.subjectId() != null) {
            conditions.add("e.subjectId = :subjectId");
            parameters.put("subjectId", filter.subjectId());
        }
        if (filter.subjectText() != null) {
            conditions.add("LOWER(e.subjectLabel) LIKE :label ESCAPE '\\'");
            parameters.put("label", LikePatterns.containing(filter.subjectText().toLowerCase(Locale.ROOT)));
        }
        if (filter.from() != null) {
            conditions.add("e.happenedAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("e.happenedAt < :until");
            parameters.put("until", filter.until());
        }
        String jpql = "SELECT e FROM AuditEntry e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY e.happenedAt DESC, e.id DESC";
        TypedQuery<AuditEntry> query = em.createQuery(jpql, AuditEntry.class)
                .setFirstResult(offset)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    @Override
    public Set<Long> existing(Kind kind, Collection<Long> ids) {
        String entity = switch (kind) {
            case STORY -> "Article";
            case SECTION -> "Section";
            case AUTHOR -> "Author";
            case ACCOUNT -> "StaffMember";
            case FRONT -> "Front";
        };
        return new HashSet<>(em.createQuery("SELECT x.id FROM " + entity + " x WHERE x.id IN :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList());
    }
}
