package org.newsdesk.cms.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Authenticators, recovery codes and the sign-in policy. */
public interface TwoFactorRepository {

    Optional<TwoFactor> find(long staffId);

    void add(TwoFactor twoFactor);

    /**
     * Removes the member's authenticator, whatever its version: turning it off with a code has just
     * marked that code used in a statement of its own.
     */
    void remove(long staffId);

    /**
     * Marks {@code step} used if it is later than the last one used; whether it was. One statement,
     * so of two sign-ins with the same code on two instances only one wins.
     */
    boolean claimStep(long staffId, long step);

    void addRecoveryCodes(List<RecoveryCode> codes);

    void removeRecoveryCodes(long staffId);

    /** Marks the unused code with this hash used; whether there was one. One statement, as above. */
    boolean claimRecoveryCode(long staffId, String codeHash, Instant now);

    long unusedRecoveryCodes(long staffId);

    SignInPolicy policy();

    void flush();
}
