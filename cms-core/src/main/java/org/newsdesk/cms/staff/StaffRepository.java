package org.newsdesk.cms.staff;

import java.util.Optional;

public interface StaffRepository {

    Optional<StaffMember> find(long id);

    Optional<StaffMember> findByUsername(String username);

    long count();

    void add(StaffMember member);
}
