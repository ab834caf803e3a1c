package org.newsdesk.cms.apitoken;

import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.staff.StaffMember;

public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** The owner's tokens, newest first. */
    List<ApiToken> of(StaffMember owner);

    void add(ApiToken token);
}
