package org.newsdesk.cms.staff;

import java.util.List;
import java.util.Optional;

public interface StaffRepository {

    Optional<StaffMember> find(long id);

    Optional<StaffMember> findByUsername(String username);

    long count();

    void add(StaffMember member);

    /** Every account, active or not, by username. */
    List<StaffMember> all();

    /** Makes pending changes visible to the database within the transaction (version checks). */
    void flush();
}
