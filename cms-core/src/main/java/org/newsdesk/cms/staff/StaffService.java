package org.newsdesk.cms.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsdesk.cms.shared.InvalidInputException;
import org.newsdesk.cms.shared.NotFoundException;
import org.newsdesk.cms.shared.NotPermittedException;

/** Staff accounts: creating them, and checking a password at sign-in. */
@ApplicationScoped
@Transactional
public class StaffService {

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
        Optional<StaffMember> member = username == null ? Optional.empty() : staff.findByUsername(username.trim());
        String hash = member.map(StaffMember::getPasswordHash).orElse(decoyHash);
        boolean matches = passwordHash.verify(password, hash);
        return member.filter(m -> matches && m.isActive());
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
        if (!getActive(actor).can(Role.ADMIN)) {
            throw new NotPermittedException("Only admins can create staff accounts.");
        }
        return add(username, displayName, password, roles);
    }

    /**
     * The first administrator of an empty installation; empty when there is staff already. Two
     * instances starting together both try, and the unique username lets only one commit.
     */
    public Optional<StaffMember> createFirstAdministrator(String username, String password) {
        if (anyStaff()) {
            return Optional.empty();
        }
        return Optional.of(add(username, "Administrator", password, Set.of(Role.ADMIN)));
    }

    private StaffMember add(String username, String displayName, String password, Set<Role> roles) {
        String name = username == null ? "" : username.trim();
        if (!name.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new InvalidInputException("username",
                    "A username has 2 to 64 letters, digits, dots, hyphens or underscores.");
        }
        if (staff.findByUsername(name).isPresent()) {
            throw new InvalidInputException("username", "The username \u201c" + name + "\u201d is taken.");
        }
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles", "Choose at least one role.");
        }
        StaffMember member = new StaffMember(name, displayName, passwordHash.generate(password.toCharArray()),
                roles, clock.instant());
        staff.add(member);
        return member;
    }
}
