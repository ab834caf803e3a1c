package org.newsdesk.cms.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.Sha256;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.text.Characters;

/**
 * Making, listing, revoking and checking personal API tokens. Every staff member manages only
 * their own: someone else's token is "not found", never "not yours".
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    public static final int NAME_MAXIMUM = 120;
    /** Tokens start with this, so that a secret scanner (or a person) can tell one in a leaked file. */
    public static final String PREFIX = "nd_";

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    /**
     * Makes a token for {@code actor}.
     *
     * @param expiresAt when it stops working, or null for a token that works until revoked
     */
    public IssuedToken create(String actor, String name, Instant expiresAt) {
        StaffMember owner = staff.getActive(actor);
        String clean = Characters.field(name);
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (clean.isEmpty()) {
            problems.add(new FieldProblem("name", "Enter a name that says what the token is for."));
        } else if (clean.length() > NAME_MAXIMUM) {
            problems.add(new FieldProblem("name", "The name can have at most " + NAME_MAXIMUM + " characters."));
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            problems.add(new FieldProblem("expires", "Choose an expiry date in the future, or none."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(owner, clean, Sha256.hex(secret), now, expiresAt);
        tokens.add(token);
        changes.announce(owner.asActor(), Action.API_TOKEN_CREATED, Subject.account(owner.getId(), owner.getUsername()),
                "token \u201c" + clean + "\u201d");
        return new IssuedToken(token, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiToken> mine(String actor) {
        return tokens.of(staff.getActive(actor));
    }

    public void revoke(String actor, long tokenId) {
        StaffMember owner = staff.getActive(actor);
        ApiToken token = tokens.find(tokenId).filter(t -> t.getOwner().isSameAccountAs(owner))
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        if (token.getRevokedAt().isEmpty()) {
            token.revoke(clock.instant());
            changes.announce(owner.asActor(), Action.API_TOKEN_REVOKED, Subject.account(owner.getId(), owner.getUsername()),
                    "token \u201c" + token.getName() + "\u201d");
        }
    }

    /**
     * A password an administrator reset ends the person's API tokens as it ends their sessions:
     * whoever knew the old password may have made one. (A deactivated account's tokens are
     * refused already, see {@link #holderOf}; a change of roles leaves them, acting with the new roles.)
     */
    void passwordReset(@Observes Change change) {
        if (change.action() == Action.PASSWORD_RESET && change.subject().id() != null) {
            tokens.revokeAllOf(change.subject().id(), change.at());
        }
    }

    /**
     * Who {@code secret} lets in now: empty for an unknown, revoked or expired token, or one whose
     * owner's account is deactivated. Notes the use ("last used") on the side: a failure to write
     * that never refuses the request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TokenHolder> holderOf(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(Sha256.hex(secret))
                .filter(token -> token.isOpenAt(now))
                .filter(token -> token.getOwner().isActive())
                .map(token -> {
                    if (token.useWorthRecordingAt(now)) {
                        try {
                            tokens.recordUse(token.getId(), now, ApiToken.lastUseCutoff(now));
                        } catch (RuntimeException e) {
                            LOG.log(Level.FINE, "API token: last use not written", e);
                        }
                    }
                    return new TokenHolder(token.getId(), token.getOwner().getUsername());
                });
    }
}
