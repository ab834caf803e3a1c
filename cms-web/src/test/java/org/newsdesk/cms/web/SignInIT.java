package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.ADMIN;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.staff.AuthenticatorCodes;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.SignInAttempt;
import org.newsdesk.cms.staff.SignInAttempt.Outcome;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.TwoFactorService;
import org.newsdesk.cms.web.security.LoginController;

/**
 * Signing in under attack: the throttle on guessed passwords and codes (per typed username and per
 * address, across the cluster through the database), and two-factor sign-in from enrolment to the
 * second step, recovery codes and the admins' rule.
 *
 * <p>Each test comes from addresses of its own (X-Forwarded-For from loopback, a trusted proxy),
 * random in the documentation range 2001:db8::/32, so no count of one test or run meets another's.
 */
class SignInIT extends ContainerTest {

    private static final Pattern ERROR = Pattern.compile("<div class=\"error-summary\"[^>]*>\\s*<p>([^<]*)</p>");
    private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<li><code>([a-z2-9]{5}-[a-z2-9]{5})</code></li>");

    @Inject
    RecordedEvents events;

    @Inject
    TwoFactorService twoFactors;

    private Instant start;

    @BeforeEach
    void stopTheClock() {
        start = Instant.now();
        clock.set(start);
    }

    @Test
    void repeatedWrongPasswordsAreThrottledAndAnUnknownAccountIsToldTheSame() {
        String writer = newsroom.writer();
        String attacker = address();
        Browser guesser = newsroom.reader().from(attacker);

        // before the throttle, 120 guesses took 12.6 s, every one checked; now the clock stands still
        long began = System.nanoTime();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            answers.add(errorOf(guesser.signIn(writer, "guess number " + i)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        long checked = answers.stream().filter(LoginController.BAD_CREDENTIALS::equals).count();
        System.out.printf("Sign-in throttle: 120 guesses in %d ms, %d of them checked%n", took.toMillis(), checked);
        assertThat(checked).as("the free failures, then nothing is checked").isEqualTo(5);
        assertThat(answers.subList(5, 120)).containsOnly("Too many sign-in attempts. Wait about 1 second, then try again.");
        assertThat(events.signInsFrom(attacker)).extracting(SignInAttempt::outcome)
                .containsOnly(Outcome.REFUSED, Outcome.THROTTLED).filteredOn(o -> o == Outcome.THROTTLED).hasSize(115);

        // the right password is not even looked at while the account must wait
        HttpResponse<String> right = guesser.signIn(writer, STAFF_PASSWORD);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.headers().firstValue("Retry-After")).hasValue("1");

        // an account that does not exist gets exactly the same answers
        Browser prober = newsroom.reader().from(address());
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            unknown.add(errorOf(prober.signIn("nobody-" + newsroom.unique(), "guess number " + i)));
        }
        assertThat(unknown).isEqualTo(answers.subList(0, 6));

        // once the wait is over the owner signs in, and the count starts again
        clock.set(start.plusSeconds(2));
        assertThat(guesser.signIn(writer, STAFF_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(errorOf(newsroom.reader().from(attacker).signIn(writer, "one more guess")))
                .isEqualTo(LoginController.BAD_CREDENTIALS);
    }

    @Test
    void aThrottledAddressDoesNotKeepTheAccountOutFromElsewhereForLong() {
        String editor = newsroom.editor();
        String attacker = address();
        Browser guesser = newsroom.reader().from(attacker);
        for (int i = 0; i < 5; i++) {
            guesser.signIn(editor, "guess number " + i);
        }
        for (int i = 0; i < 15; i++) {
            guesser.signIn("someone-" + i + "-" + newsroom.unique(), "guess number " + i);
        }
        assertThat(errorOf(guesser.signIn("anyone-" + newsroom.unique(), "a guess"))).as("the address must wait")
                .startsWith("Too many sign-in attempts.");

        // the editor, at their own desk, waits the account's second and is in
        Browser desk = newsroom.reader().from(address());
        assertThat(errorOf(desk.signIn(editor, STAFF_PASSWORD))).isEqualTo("Too many sign-in attempts. Wait about 1 second, then try again.");
        clock.set(start.plusSeconds(1));
        assertThat(desk.signIn(editor, STAFF_PASSWORD).statusCode()).isEqualTo(303);
        assertThat(desk.get("/admin/").body()).contains("Eddie Editor");
        // the editor's sign-in cleared the account's count, not the address's: the attacker's next
        // guess is checked, and the one after it waits the address's doubled time
        assertThat(errorOf(guesser.signIn(editor, "guess number 6"))).isEqualTo(LoginController.BAD_CREDENTIALS);
        assertThat(errorOf(guesser.signIn(editor, "guess number 7")))
                .isEqualTo("Too many sign-in attempts. Wait about 2 seconds, then try again.");
    }

    @Test
    void aWriterTurnsOnTwoFactorAndSignsInWithACodeOrARecoveryCodeOnce() {
        String writer = newsroom.writer();
        String home = address();
        Browser desk = newsroom.reader().from(home);
        assertThat(desk.signIn(writer, STAFF_PASSWORD).statusCode()).isEqualTo(303);
        String account = desk.get("/admin/account").body();
        assertThat(account).contains("Your account</a>", "<dd id=\"two-factor-state\">Off</dd>", "Set up two-factor sign-in");

        assertThat(desk.post("/admin/account/two-factor", Browser.csrfFieldOf(account)).statusCode()).isEqualTo(303);
        String setUp = desk.get("/admin/account").body();
        Matcher secretShown = SECRET.matcher(setUp);
        assertThat(secretShown.find()).as("the key is written out").isTrue();
        String secret = secretShown.group(1).replace(" ", "");
        assertThat(setUp).contains("<img class=\"qr\" src=\"data:image/svg+xml;base64,",
                "otpauth://totp/Newsdesk:" + writer + "?secret=" + secret + "&amp;issuer=Newsdesk");

        // without the password it stays off: a session left open is not enough to tie the account to an app
        HttpResponse<String> noPassword = desk.post("/admin/account/two-factor/confirm",
                form(setUp, "code", code(secret, start), "password", "not the password"));
        assertThat(noPassword.body()).contains("href=\"#password\"", "That is not your password.");
        assertThat(twoFactors.isOn(writer)).isFalse();

        // a wrong code leaves it off, with the message at the field
        HttpResponse<String> wrong = desk.post("/admin/account/two-factor/confirm",
                form(setUp, "code", otherThan(code(secret, start)), "password", STAFF_PASSWORD));
        assertThat(wrong.body()).contains("There is a problem", "href=\"#code\"", "id=\"code-problem\"", "That code is not right.");
        assertThat(twoFactors.isOn(writer)).isFalse();

        HttpResponse<String> confirmed = desk.post("/admin/account/two-factor/confirm",
                form(setUp, "code", code(secret, start), "password", STAFF_PASSWORD));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        List<String> recovery = new ArrayList<>();
        Matcher shown = RECOVERY.matcher(confirmed.body());
        while (shown.find()) {
            recovery.add(shown.group(1));
        }
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(desk.get("/admin/account").body()).contains("On since", "10 of 10 recovery codes left.")
                .doesNotContain(recovery.get(0));

        // the password alone is not a sign-in now
        Browser later = newsroom.reader().from(home);
        HttpResponse<String> password = later.signIn(writer, STAFF_PASSWORD);
        assertThat(password.statusCode()).isEqualTo(303);
        assertThat(password.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login/code"));
        assertThat(later.get("/admin/").body()).as("not signed in yet").contains("Sign in to Newsdesk");
        assertThat(later.get("/admin/login/code").body()).contains("<label for=\"code\">Code from your authenticator app</label>");

        // the code that turned it on is spent; a wrong code is refused and recorded
        assertThat(errorAtCode(sendCode(later, code(secret, start)))).isEqualTo(LoginController.BAD_CODE);
        assertThat(errorAtCode(sendCode(later, otherThan(code(secret, start))))).isEqualTo(LoginController.BAD_CODE);
        assertThat(events.signInsFrom(home)).extracting(SignInAttempt::outcome).endsWith(Outcome.SECOND_FACTOR_REFUSED);

        // 30 seconds on, the app's next code signs in, once
        clock.set(start.plusSeconds(30));
        HttpResponse<String> in = sendCode(later, code(secret, start.plusSeconds(30)));
        assertThat(in.statusCode()).isEqualTo(303);
        assertThat(later.get("/admin/").body()).contains("Wanda Writer");
        Browser replay = newsroom.reader().from(home);
        replay.signIn(writer, STAFF_PASSWORD);
        assertThat(errorAtCode(sendCode(replay, code(secret, start.plusSeconds(30))))).as("a code is good once")
                .isEqualTo(LoginController.BAD_CODE);

        // a recovery code instead of the phone: once
        assertThat(sendCode(replay, recovery.get(3).toUpperCase()).statusCode()).isEqualTo(303);
        Browser again = newsroom.reader().from(home);
        again.signIn(writer, STAFF_PASSWORD);
        assertThat(errorAtCode(sendCode(again, recovery.get(3)))).isEqualTo(LoginController.BAD_CODE);
        assertThat(replay.get("/admin/account").body()).contains("9 of 10 recovery codes left.");
        // new codes only with a current code or the password: else someone at a session left open
        // could make codes of their own and turn two-factor off with one
        String onPage = replay.get("/admin/account").body();
        assertThat(replay.post("/admin/account/recovery-codes", form(onPage, "confirmation", recovery.get(4))).body())
                .contains("href=\"#recovery\"", "Your recovery codes are unchanged.");
        assertThat(replay.get("/admin/account").body()).contains("9 of 10 recovery codes left.");

        // turned off with the password: the password alone signs in again
        String on = replay.get("/admin/account").body();
        HttpResponse<String> refusedOff = replay.post("/admin/account/two-factor/off", form(on, "confirmation", "not my password"));
        assertThat(refusedOff.body()).contains("id=\"confirmation-problem\"", "Nothing was changed.");
        assertThat(replay.post("/admin/account/two-factor/off", form(on, "confirmation", STAFF_PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(replay.get("/admin/account").body()).contains("Two-factor sign-in is off");
        assertThat(newsroom.reader().from(home).signIn(writer, STAFF_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/"));
    }

    @Test
    void wrongCodesAreThrottledLikePasswords() {
        String writer = newsroom.writer();
        String secret = enrol(writer);
        Browser thief = newsroom.reader().from(address());
        // someone who has the password: the password step is not counted against them, the codes are
        assertThat(thief.signIn(writer, STAFF_PASSWORD).statusCode()).isEqualTo(303);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(errorAtCode(sendCode(thief, otherThan(code(secret, start)))));
        }
        assertThat(answers.subList(0, 5)).containsOnly(LoginController.BAD_CODE);
        assertThat(answers.subList(5, 7)).containsOnly("Too many sign-in attempts. Wait about 1 second, then try again.");
        // even the right code waits
        assertThat(errorAtCode(sendCode(thief, code(secret, start.plusSeconds(30))))).startsWith("Too many sign-in attempts.");

        // the owner, signed in, turns it off with a current code: that code is spent, and then off
        clock.set(start.plusSeconds(60));
        Browser owner = newsroom.reader().from(address());
        owner.signIn(writer, STAFF_PASSWORD);
        assertThat(sendCode(owner, code(secret, start.plusSeconds(60))).statusCode()).isEqualTo(303);
        clock.set(start.plusSeconds(90));
        String account = owner.get("/admin/account").body();
        assertThat(owner.post("/admin/account/two-factor/off", form(account, "confirmation", code(secret, start.plusSeconds(90))))
                .statusCode()).isEqualTo(303);
        assertThat(twoFactors.isOn(writer)).isFalse();
    }

    @Test
    void whenAdminsMustUseTwoFactorAnAdminWithoutItIsSentToSetItUpFirst() {
        StaffMember boss = newsroom.hire("boss", "Bo Boss", Role.ADMIN);
        String writer = newsroom.writer();
        Browser chief = newsroom.signedInAdmin();
        String staffPage = chief.get("/admin/staff").body();
        assertThat(staffPage).contains("<label for=\"adminsNeedTwoFactor\">Admins must sign in with a code from an authenticator app</label>");
        Browser bossDesk = newsroom.reader().from(address());
        try {
            assertThat(chief.post("/admin/staff/sign-in-policy", form(staffPage, "adminsNeedTwoFactor", "true")).statusCode())
                    .isEqualTo(303);
            assertThat(twoFactors.policy().adminsNeedTwoFactor()).isTrue();

            assertThat(bossDesk.signIn(boss.getUsername(), STAFF_PASSWORD).statusCode()).isEqualTo(303);
            for (String page : List.of("/admin/", "/admin/articles", "/admin/staff")) {
                HttpResponse<String> sent = bossDesk.get(page);
                assertThat(sent.statusCode()).as(page).isEqualTo(302);
                assertThat(sent.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/account?enrol"));
            }
            assertThat(bossDesk.get("/admin/account?enrol").body()).contains("Set up two-factor sign-in to go on");
            assertThat(newsroom.signedIn(writer).get("/admin/").statusCode()).as("writers are not asked").isEqualTo(200);
            assertThat(chief.get("/admin/staff").headers().firstValue("Location")).as("the chief has not set it up either")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/account?enrol"));

            enrolSignedIn(bossDesk);
            assertThat(bossDesk.get("/admin/").statusCode()).as("set up: the pages open").isEqualTo(200);
        } finally {
            twoFactors.requireForAdmins(ADMIN, false);
        }

        // the boss loses the phone and the recovery codes: another admin turns it off, the open
        // session ends, and the password alone signs in again
        clock.set(start.plusSeconds(30));
        String bossPage = chief.get("/admin/staff/" + boss.getId()).body();
        assertThat(bossPage).contains("<dd id=\"two-factor-state\">On</dd>");
        assertThat(chief.post("/admin/staff/" + boss.getId() + "/two-factor/off", form(bossPage)).statusCode()).isEqualTo(303);
        assertThat(twoFactors.isOn(boss.getUsername())).isFalse();
        assertThat(bossDesk.get("/admin/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login?ended"));
        clock.set(start.plusSeconds(60)); // sessions begun at or after the change are good; the clock stood still
        Browser again = newsroom.reader().from(address());
        assertThat(again.signIn(boss.getUsername(), STAFF_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/"));
        HttpResponse<String> dashboard = again.get("/admin/");
        assertThat(dashboard.statusCode()).as("sent to %s", dashboard.headers().firstValue("Location")).isEqualTo(200);
    }

    // --- helpers

    /** A random address of the documentation range, this test's own. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::%x", random.nextInt(0x10000), random.nextInt(0x10000), random.nextInt(1, 0x10000));
    }

    /** Signs {@code username} in from an address of its own and turns two-factor on; the secret. */
    private String enrol(String username) {
        Browser desk = newsroom.reader().from(address());
        assertThat(desk.signIn(username, STAFF_PASSWORD).statusCode()).isEqualTo(303);
        return enrolSignedIn(desk);
    }

    private String enrolSignedIn(Browser desk) {
        String account = desk.get("/admin/account").body();
        assertThat(desk.post("/admin/account/two-factor", Browser.csrfFieldOf(account)).statusCode()).isEqualTo(303);
        String setUp = desk.get("/admin/account").body();
        Matcher shown = SECRET.matcher(setUp);
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        assertThat(desk.post("/admin/account/two-factor/confirm",
                form(setUp, "code", code(secret, clock.instant()), "password", STAFF_PASSWORD)).body())
                .contains("Your recovery codes");
        return secret;
    }

    private static String code(String secret, Instant at) {
        return AuthenticatorCodes.codeAt(secret, AuthenticatorCodes.stepAt(at));
    }

    /** Six digits that are not the code of any step near now. */
    private String otherThan(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static HttpResponse<String> sendCode(Browser browser, String code) {
        return browser.post("/admin/login/code", form(browser.get("/admin/login/code").body(), "code", code));
    }

    private static Map<String, String> form(String page, String... fields) {
        Map<String, String> form = new LinkedHashMap<>(Browser.csrfFieldOf(page));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    /** The message the sign-in form shows, or "" when it signed in. */
    private static String errorOf(HttpResponse<String> answer) {
        if (answer.statusCode() == 303) {
            return "";
        }
        Matcher m = ERROR.matcher(answer.body());
        assertThat(m.find()).as("a message on the form:\n%s", answer.body()).isTrue();
        return m.group(1).replace("&#39;", "'");
    }

    /** The message the code form shows. */
    private static String errorAtCode(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("<a href=\"#code\">([^<]*)</a>").matcher(answer.body());
        assertThat(m.find()).as("a message on the code form:\n%s", answer.body()).isTrue();
        return m.group(1);
    }
}
