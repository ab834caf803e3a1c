package org.newsdesk.cms.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.Sha256;

/**
 * Two-factor sign-in: a staff member sets up an authenticator app from their own account page
 * (confirming it with a code before it is on), gets ten one-time recovery codes, and can turn it
 * off again; an admin can require it of every admin.
 *
 * <p>Recovery codes are kept as SHA-256 hashes. A slow hash (like the passwords' PBKDF2) is not
 * needed: each code is 50 random bits, not something a person chose, so there is nothing to
 * guess from a list of likely ones, and online guessing goes through the sign-in throttle.
 */
@ApplicationScoped
@Transactional
public class TwoFactorService {

    public static final int RECOVERY_CODES = 10;
    /** No 0/o, 1/l/i: the codes are read off paper and typed by hand. */
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int RECOVERY_CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TwoFactorRepository twoFactors;

    @Inject
    StaffService staff;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    /** What someone setting up an app needs: the secret to type in or scan. */
    public record Enrolment(String username, String secret, String uri) {
    }

    /** The person's authenticator, on or still to be confirmed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TwoFactor> find(String username) {
        return twoFactors.find(staff.getActive(username).getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOn(String username) {
        return find(username).filter(TwoFactor::isOn).isPresent();
    }

    /** A new secret for the person's app; replaces one never confirmed. Refused while two-factor is on. */
    public Enrolment begin(String username, String issuer) {
        StaffMember member = staff.getActive(username);
        Optional<TwoFactor> existing = twoFactors.find(member.getId());
        if (existing.filter(TwoFactor::isOn).isPresent()) {
            throw new InvalidInputException("code", "Two-factor sign-in is already on. Turn it off first to set up another app.");
        }
        String secret = AuthenticatorCodes.newSecret();
        if (existing.isPresent()) {
            existing.get().restart(secret, clock.instant());
        } else {
            twoFactors.add(new TwoFactor(member.getId(), secret, clock.instant()));
        }
        return enrolment(member, secret, issuer);
    }

    /** The enrolment under way, if one is: the page shows it again after a wrong code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Enrolment> pending(String username, String issuer) {
        StaffMember member = staff.getActive(username);
        return twoFactors.find(member.getId()).filter(t -> !t.isOn()).map(t -> enrolment(member, t.getSecret(), issuer));
    }

    /**
     * Turns two-factor on with a code from the app, and returns the ten recovery codes: the only
     * time anyone sees them.
     */
    public List<String> confirm(String username, String code, String password) {
        StaffMember member = staff.getActive(username);
        TwoFactor twoFactor = twoFactors.find(member.getId()).filter(t -> !t.isOn())
                .orElseThrow(() -> new InvalidInputException("code", "Start the set-up again: there is no app waiting to be confirmed."));
        // the password too: someone at a session left open must not tie the account to their own app
        if (staff.verify(username, (password == null ? "" : password).toCharArray()).isEmpty()) {
            throw new InvalidInputException("password", "That is not your password. Two-factor sign-in is still off.");
        }
        OptionalLong step = AuthenticatorCodes.matchingStep(twoFactor.getSecret(), code, clock.instant(), null);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "That code is not right. Type the 6 digits your app shows now for Newsdesk.");
        }
        twoFactor.confirm(step.getAsLong(), clock.instant());
        announce(member, Action.TWO_FACTOR_ON, member, null);
        return newRecoveryCodes(member);
    }

    /**
     * Ten fresh recovery codes in place of the old ones (used or not), with a current code from the
     * app or the password: new codes shown to someone at a session left open would let them turn
     * two-factor off.
     */
    public List<String> replaceRecoveryCodes(String username, String codeOrPassword) {
        StaffMember member = staff.getActive(username);
        TwoFactor twoFactor = twoFactors.find(member.getId()).filter(TwoFactor::isOn)
                .orElseThrow(() -> new InvalidInputException("recovery", "Recovery codes come with two-factor sign-in: turn it on first."));
        String typed = codeOrPassword == null ? "" : codeOrPassword;
        boolean confirmed = (AuthenticatorCodes.looksLikeCode(typed) && checkSecondFactor(member, twoFactor, typed))
                || staff.verify(username, typed.toCharArray()).isPresent();
        if (!confirmed) {
            throw new InvalidInputException("recovery",
                    "That is neither a current code from your app nor your password. Your recovery codes are unchanged.");
        }
        announce(member, Action.RECOVERY_CODES_REPLACED, member, null);
        return newRecoveryCodes(member);
    }

    /**
     * Turns two-factor off, with a current code (or a recovery code) or the person's password, so
     * that a session left open on a shared computer is not enough.
     */
    public void turnOff(String username, String codeOrPassword) {
        StaffMember member = staff.getActive(username);
        TwoFactor twoFactor = twoFactors.find(member.getId()).filter(TwoFactor::isOn)
                .orElseThrow(() -> new InvalidInputException("confirmation", "Two-factor sign-in is not on."));
        String typed = codeOrPassword == null ? "" : codeOrPassword;
        boolean confirmed = checkSecondFactor(member, twoFactor, typed)
                || staff.verify(username, typed.toCharArray()).isPresent();
        if (!confirmed) {
            throw new InvalidInputException("confirmation",
                    "That is neither a current code from your app nor your password. Nothing was changed.");
        }
        twoFactors.removeRecoveryCodes(member.getId());
        twoFactors.remove(member.getId());
        announce(member, Action.TWO_FACTOR_OFF, member, null);
    }

    /**
     * An admin turns off someone else's two-factor sign-in: they lost their phone and their
     * recovery codes. They sign in with their password next time (and, while admins need it, an
     * admin sets it up again at once); their open sessions end.
     */
    public StaffMember turnOffFor(String actor, long memberId) {
        StaffMember admin = staff.getActive(actor);
        StaffPolicy.requireAdministrator(admin, "turn off someone's two-factor sign-in");
        StaffMember member = staff.get(actor, memberId);
        if (member.isSameAccountAs(admin)) {
            throw new InvalidInputException("two-factor",
                    "Turn off your own two-factor sign-in on your account page, with a code or your password.");
        }
        twoFactors.removeRecoveryCodes(member.getId());
        twoFactors.remove(member.getId());
        member.endSessionsBefore(clock.instant());
        announce(admin, Action.TWO_FACTOR_OFF, member, "by an administrator");
        return member;
    }

    /** Whether this member has two-factor on, for an admin's view of the account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isOn(StaffMember member) {
        return twoFactors.find(member.getId()).filter(TwoFactor::isOn).isPresent();
    }

    /**
     * The second step of a sign-in: a code from the app (each good once) or an unused recovery
     * code (then used up). Whether it was right.
     */
    public boolean verifySecondFactor(String username, String typed) {
        StaffMember member = staff.getActive(username);
        return twoFactors.find(member.getId()).filter(TwoFactor::isOn)
                .map(twoFactor -> checkSecondFactor(member, twoFactor, typed))
                .orElse(false);
    }

    private boolean checkSecondFactor(StaffMember member, TwoFactor twoFactor, String typed) {
        if (AuthenticatorCodes.looksLikeCode(typed)) {
            OptionalLong step = AuthenticatorCodes.matchingStep(twoFactor.getSecret(), typed, clock.instant(),
                    twoFactor.getLastUsedStep());
            return step.isPresent() && twoFactors.claimStep(member.getId(), step.getAsLong());
        }
        String normalised = normaliseRecoveryCode(typed);
        return normalised.length() == RECOVERY_CODE_LENGTH
                && twoFactors.claimRecoveryCode(member.getId(), Sha256.hex(normalised), clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long recoveryCodesLeft(String username) {
        return twoFactors.unusedRecoveryCodes(staff.getActive(username).getId());
    }

    /** Whether this person must set up two-factor before anything else: an admin, while admins need it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustEnrol(String username) {
        return mustEnrol(staff.getActive(username));
    }

    /** The same, for a member the caller has just read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mustEnrol(StaffMember member) {
        return member.can(Role.ADMIN) && twoFactors.policy().adminsNeedTwoFactor()
                && twoFactors.find(member.getId()).filter(TwoFactor::isOn).isEmpty();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SignInPolicy policy() {
        return twoFactors.policy();
    }

    /** Requires (or stops requiring) two-factor of every admin; only an admin may. */
    public SignInPolicy requireForAdmins(String actor, boolean required) {
        StaffMember admin = staff.getActive(actor);
        StaffPolicy.requireAdministrator(admin, "change the sign-in rules");
        SignInPolicy policy = twoFactors.policy();
        boolean before = policy.adminsNeedTwoFactor();
        policy.requireTwoFactorForAdmins(required, actor, clock.instant());
        twoFactors.flush();
        if (before != required) {
            announce(admin, Action.ADMINS_TWO_FACTOR_RULE, admin, required ? "admins must use two-factor sign-in" : "admins need not");
        }
        return policy;
    }

    /** For the audit log, once the change has committed (see {@link Changes}). */
    private void announce(StaffMember actor, Action action, StaffMember account, String detail) {
        changes.announce(actor.asActor(), action, Subject.account(account.getId(), account.getUsername()), detail);
    }

    private List<String> newRecoveryCodes(StaffMember member) {
        twoFactors.removeRecoveryCodes(member.getId());
        List<String> shown = new ArrayList<>();
        List<RecoveryCode> kept = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
            kept.add(new RecoveryCode(member.getId(), Sha256.hex(code.toString())));
        }
        twoFactors.addRecoveryCodes(kept);
        return List.copyOf(shown);
    }

    /** As typed: spaces, hyphens and case do not matter. */
    static String normaliseRecoveryCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }


    private static Enrolment enrolment(StaffMember member, String secret, String issuer) {
        return new Enrolment(member.getUsername(), secret, AuthenticatorCodes.uri(issuer, member.getUsername(), secret));
    }
}
