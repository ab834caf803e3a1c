package org.newsdesk.cms.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.newsdesk.cms.shared.Change.Kind;

/** The audit log's store: lines are appended and read, never changed or removed. */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** Lines matching the filter, newest first (ties by id, so pages never repeat or skip one). */
    List<AuditEntry> find(AuditFilter filter, int offset, int limit);

    /** Which of these stories (sections, authors, accounts) still exist. */
    Set<Long> existing(Kind kind, Collection<Long> ids);
}
