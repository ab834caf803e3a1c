package org.newsdesk.cms.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.cms.shared.Change;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Subject;
import org.newsdesk.cms.shared.ChangeWriter;
import org.newsdesk.cms.shared.Changes;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.InvalidInputException.FieldProblem;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.StaleEditException;
import org.newsdesk.cms.text.Characters;

/**
 * Staff accounts: checking a password at sign-in, and the admins' management of accounts (create,
 * roles, deactivate, reset password), with the lock-out rules of {@link StaffPolicy}.
 */
@ApplicationScoped
@Transactional
public class StaffService {

    public static final int DISPLAY_NAME_MAXIMUM = 120;

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512; each stored hash records its own parameters. */
    private static final Map<String, String> HASH_PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    StaffRepository staff;

    @Inject
    Pbkdf2PasswordHash passwordHash;

    @Inject
    Clock clock;

    @Inject
    Changes changes;

    /**
     * Compared against when the username is unknown, so a wrong username costs as long as a wrong
     * password and sign-in timing does not tell which usernames exist.
     */
    private String decoyHash;

    @PostConstruct
    void configureHashing() {
        passwordHash.initialize(HASH_PARAMETERS);
        decoyHash = passwordHash.generate("decoy password never used".toCharArray());
    }

    /** The active staff member with these credentials, or empty. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> verify(String username, char[] password) {
        // a name no account can have is not looked up (a NUL is refused by PostgreSQL), but its
        // password is still hashed: the answer takes as long as for a real account
        String name = Usernames.typed(username);
        Optional<StaffMember> member = Usernames.wellFormed(name) ? staff.findByUsername(name) : Optional.empty();
        String hash = member.map(StaffMember::getPasswordHash).orElse(decoyHash);
        boolean matches = passwordHash.verify(password, hash);
        return member.filter(m -> matches && m.isActive());
    }

    /** The active staff member with this username; empty for a deactivated or unknown account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StaffMember> findActive(String username) {
        return staff.findByUsername(username).filter(StaffMember::isActive);
    }

    /** The active staff member acting under this name; refuses a deactivated or unknown account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffMember getActive(String username) {
        return staff.findByUsername(username)
                .filter(StaffMember::isActive)
                .orElseThrow(() -> new NotFoundException("Active staff member", username));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyStaff() {
        return staff.count() > 0;
    }

    /** Creates an account; only an admin may. */
    public StaffMember create(String actor, String username, String displayName, String password, Set<Role> roles) {
        StaffMember admin = getActive(actor);
        StaffPolicy.requireAdministrator(admin, "create staff accounts");
        StaffMember created = add(username, displayName, password, roles);
        announce(admin.asActor(), Action.ACCOUNT_CREATED, created, rolesOf(created));
        return created;
    }

    /** Every account, active or not, by username; only an admin may see them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffMember> list(String actor) {
        StaffPolicy.requireAdministrator(getActive(actor), "manage staff accounts");
        return staff.all();
    }

    /** One account, for an admin. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffMember get(String actor, long memberId) {
        StaffPolicy.requireAdministrator(getActive(actor), "manage staff accounts");
        return find(memberId);
    }

    /**
     * Sets the display name and roles. An admin cannot take away their own admin role.
     *
     * @param expectedVersion the version the admin's form was loaded with
     * @throws StaleEditException when someone changed the account in between; nothing is changed
     */
    public StaffMember editAccount(String actor, long memberId, long expectedVersion, String displayName, Set<Role> roles) {
        StaffMember admin = getActive(actor);
        StaffPolicy.requireAdministrator(admin, "change staff accounts");
        StaffMember member = find(memberId);
        if (member.getVersion() != expectedVersion) {
            throw stale(member);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String name = checkedDisplayName(displayName, problems);
        if (roles.isEmpty()) {
            problems.add(new FieldProblem("role", "Choose a role."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffPolicy.requireMayAssign(admin, member, roles);
        String before = rolesOf(member) + ", shown as " + member.getDisplayName();
        member.rename(name);
        if (!member.getRoles().equals(roles)) {
            // screens and forms opened with the old roles must not stay in use
            member.endSessionsBefore(clock.instant());
        }
        member.assignRoles(roles);
        flushChecked(member);
        String after = rolesOf(member) + ", shown as " + member.getDisplayName();
        announce(admin.asActor(), Action.ACCOUNT_CHANGED, member, before.equals(after) ? "unchanged: " + after
                : "was " + before + "; now " + after);
        return member;
    }

    /** Ends someone's access; their open session stops working on its next request. */
    public StaffMember deactivate(String actor, long memberId) {
        StaffMember admin = getActive(actor);
        StaffPolicy.requireAdministrator(admin, "deactivate staff accounts");
        StaffMember member = find(memberId);
        StaffPolicy.requireMayDeactivate(admin, member);
        member.deactivate();
        flushChecked(member);
        announce(admin.asActor(), Action.ACCOUNT_DEACTIVATED, member, null);
        return member;
    }

    /** Gives a deactivated account its access back, with the roles it had. */
    public StaffMember reactivate(String actor, long memberId) {
        StaffMember admin = getActive(actor);
        StaffPolicy.requireAdministrator(admin, "reactivate staff accounts");
        StaffMember member = find(memberId);
        member.reactivate();
        flushChecked(member);
        announce(admin.asActor(), Action.ACCOUNT_REACTIVATED, member, null);
        return member;
    }

    /**
     * Sets a new password (the admin tells it to its owner); only its PBKDF2 hash is kept. Every
     * session of the account signed in before now ends on its next request.
     */
    public StaffMember resetPassword(String actor, long memberId, String newPassword) {
        StaffMember admin = getActive(actor);
        StaffPolicy.requireAdministrator(admin, "reset passwords");
        StaffMember member = find(memberId);
        PasswordPolicy.problemWith(newPassword).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        member.changePasswordHash(passwordHash.generate(newPassword.toCharArray()));
        // whoever knew the old password, or sits at a session signed in with it, is out
        member.endSessionsBefore(clock.instant());
        flushChecked(member);
        announce(admin.asActor(), Action.PASSWORD_RESET, member, "open sessions ended");
        return member;
    }

    private void announce(Change.Actor actor, Action action, StaffMember member, String detail) {
        changes.announce(actor, action, Subject.account(member.getId(), member.getUsername()), detail);
    }

    /** The widest role held, as the staff screens name it: the roles are nested. */
    private static String rolesOf(StaffMember member) {
        String widest = member.getRoles().stream().max(Comparator.naturalOrder()).orElseThrow().name();
        return widest.charAt(0) + widest.substring(1).toLowerCase(Locale.ROOT);
    }

    private StaffMember find(long memberId) {
        return staff.find(memberId).orElseThrow(() -> new NotFoundException("Staff member", memberId));
    }

    /**
     * Writes the change now, so a change another admin committed after this one read the account
     * surfaces as a stale edit (the {@code @Version} check) and not as a failed commit.
     */
    private void flushChecked(StaffMember member) {
        ChangeWriter.writeNow(staff::flush, () -> Optional.of(stale(member)));
    }

    private static StaleEditException stale(StaffMember member) {
        return new StaleEditException("the account \u201c" + member.getUsername() + "\u201d", member.getVersion());
    }

    private static String checkedDisplayName(String displayName, List<FieldProblem> problems) {
        String name = Characters.field(displayName);
        if (name.isEmpty() || name.length() > DISPLAY_NAME_MAXIMUM) {
            problems.add(new FieldProblem("displayName",
                    "A display name has 1 to " + DISPLAY_NAME_MAXIMUM + " characters."));
        }
        return name;
    }

    /**
     * The first administrator of an empty installation; empty when there is staff already. Two
     * instances starting together both try, and the unique username lets only one commit.
     */
    public Optional<StaffMember> createFirstAdministrator(String username, String password) {
        if (anyStaff()) {
            return Optional.empty();
        }
        StaffMember first = add(username, "Administrator", password, Set.of(Role.ADMIN));
        announce(new Change.Actor.FirstStart(), Action.ACCOUNT_CREATED, first, rolesOf(first));
        return Optional.of(first);
    }

    /** Checks every field at once, so a form can show each problem at its field. */
    private StaffMember add(String username, String displayName, String password, Set<Role> roles) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Usernames.typed(username);
        if (!Usernames.wellFormed(name)) {
            problems.add(new FieldProblem("username",
                    "A username has 2 to 64 letters, digits, dots, hyphens or underscores."));
        } else if (staff.findByUsername(name).isPresent()) {
            problems.add(new FieldProblem("username", "The username \u201c" + name + "\u201d is taken."));
        }
        String display = checkedDisplayName(displayName, problems);
        if (roles.isEmpty()) {
            problems.add(new FieldProblem("role", "Choose a role."));
        }
        PasswordPolicy.problemWith(password).ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StaffMember member = new StaffMember(name, display, passwordHash.generate(password.toCharArray()),
                roles, clock.instant());
        staff.add(member);
        return member;
    }
}
