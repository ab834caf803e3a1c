package org.newsdesk.cms.apitoken;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.newsdesk.cms.staff.StaffMember;

public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** The owner's tokens, newest first. */
    List<ApiToken> of(StaffMember owner);

    void add(ApiToken token);

    /**
     * Writes {@code now} as the token's last use, unless a use after {@code cutoff} is already
     * written; in a transaction of its own, without the entity's version.
     */
    void recordUse(long tokenId, Instant now, Instant cutoff);

    /** Revokes every open token of the staff member at {@code now}. */
    int revokeAllOf(long ownerId, Instant now);
}
