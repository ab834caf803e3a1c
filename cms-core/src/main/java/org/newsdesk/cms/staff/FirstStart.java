package org.newsdesk.cms.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.newsdesk.cms.startup.FailedStart;

/**
 * On the first start of an empty installation, creates the administrator so someone can sign in.
 * There is never a fixed default password: it is the one given in {@code CMS_ADMIN_PASSWORD}, or a
 * random one printed once in the log.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    /** No 0/O or 1/l/I: the password is read off a log and typed by hand. */
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_PASSWORD_LENGTH = 20;

    @Inject
    StaffService staffService;

    @Inject
    @ConfigProperty(name = "cms.admin.user", defaultValue = "admin")
    String adminUser;

    @Inject
    @ConfigProperty(name = "cms.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        try {
            ensureAdministrator();
        } catch (RuntimeException e) {
            throw FailedStart.giveUp("the first administrator could not be created", e);
        }
    }

    /** Creates the administrator when there is no staff at all; returns whether it did. */
    public boolean ensureAdministrator() {
        if (staffService.anyStaff()) {
            return false;
        }
        boolean generated = adminPassword.filter(p -> !p.isEmpty()).isEmpty();
        String password = generated ? randomPassword() : adminPassword.get();
        PasswordPolicy.problemWith(password).ifPresent(problem -> {
            throw new IllegalStateException("CMS_ADMIN_PASSWORD is not acceptable: " + problem);
        });
        try {
            if (staffService.createFirstAdministrator(adminUser, password).isEmpty()) {
                return false;
            }
        } catch (RuntimeException e) {
            if (staffService.anyStaff()) {
                LOG.info("Another instance created the first administrator at the same time.");
                return false;
            }
            throw e;
        }
        String rule = "=".repeat(72);
        if (generated) {
            // INFO like every other line of a good start: nothing is wrong, and an alert on WARNING
            // must mean something; the rules of "=" make it stand out in the log
            LOG.info(() -> "\n" + rule
                    + "\nNewsdesk first start: created the administrator \u201c" + adminUser + "\u201d."
                    + "\n  Username: " + adminUser
                    + "\n  Password: " + password
                    + "\nThis password is shown only this once. Sign in at /admin/ and keep it safe."
                    + "\n" + rule);
        } else {
            LOG.info(() -> "Newsdesk first start: created the administrator \u201c" + adminUser
                    + "\u201d with the password from CMS_ADMIN_PASSWORD.");
        }
        return true;
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(GENERATED_PASSWORD_LENGTH);
        for (int i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
