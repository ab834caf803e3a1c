package org.newsdesk.cms.staff;

import java.time.Instant;
import java.util.Optional;

/** The throttle's counts, shared by every instance through the database. */
public interface ThrottleRecords {

    /** The record, locked until the transaction ends, so two instances never count over each other. */
    Optional<ThrottleRecord> findForUpdate(String key);

    void add(ThrottleRecord record);

    void remove(ThrottleRecord record);

    /** Forgets every record whose last failure was before {@code cutoff}. */
    void forgetBefore(Instant cutoff);

    void flush();
}
