package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cms.web.TestAccounts.STAFF_PASSWORD;

import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.media.MediaImage;
import org.newsdesk.cms.media.MediaLibrary;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.preview.PreviewLinks;
import org.newsdesk.cms.front.BannerService;
import org.newsdesk.cms.front.Front;
import org.newsdesk.cms.front.FrontService;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.RoleMatrix.Caller;
import org.newsdesk.cms.web.RoleMatrix.Expected;
import org.newsdesk.cms.web.RoleMatrix.Given;
import org.newsdesk.cms.web.RoleMatrix.Rule;

/**
 * Every line of the role matrix, as each of its five callers, on the real WAR: each request made
 * as that caller's browser makes it (a GET plain, a POST with the CSRF token of the caller's own
 * session, so that what answers is the role check and not the token check), on objects made
 * afresh for that caller and line, so nothing depends on what another request did.
 */
class RoleMatrixIT extends ContainerTest {

    private static final String SIGN_IN_FORM = "<h1>Sign in to Newsdesk</h1>";
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    org.newsdesk.cms.apitoken.ApiTokens apiTokens;

    @Inject
    org.newsdesk.cms.webhook.Webhooks webhooks;

    @Inject
    PreviewLinks previewLinks;

    @Inject
    PublicationTime time;

    @Inject
    FrontService fronts;

    @Inject
    org.newsdesk.cms.importing.WordPressImports imports;

    @Inject
    MediaLibrary media;

    @Inject
    BannerService banners;

    private int made;
    private Section desk;
    private Author ada;
    private String otherWriter;

    @Test
    void everyCallerGetsWhatTheMatrixSaysOnEveryAdminEndpoint() {
        long started = System.nanoTime();
        desk = newsroom.section("Matrix desk");
        ada = newsroom.ada();
        otherWriter = newsroom.hire("other", "Otto Otherwriter", Role.WRITER).getUsername();
        Map<Caller, Session> sessions = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            sessions.put(caller, session(caller));
        }

        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Rule rule : RoleMatrix.rules()) {
            for (Caller caller : Caller.values()) {
                Session session = rule.given().ownSession() ? session(caller) : sessions.get(caller);
                Fixture fixture = given(rule.given());
                HttpResponse<String> answer = request(rule, session, fixture);
                requests++;
                Expected expected = rule.expected().get(caller);
                if (!matches(expected, rule, answer)) {
                    wrong.add(String.format("%s as %s: expected %s, got %s%n    (%s)", rule.endpoint()
                            + (rule.given() == Given.NOTHING ? "" : " on " + rule.given().word)
                            + (rule.fields().isEmpty() ? "" : " " + rule.fields()), caller.label, expected.word(),
                            described(answer), rule.quoted()));
                }
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("Role matrix: %d lines, %d requests in %d s%n", RoleMatrix.rules().size(), requests, seconds);

        assertThat(wrong).as("requests whose answer is not the matrix's (%d of %d)", wrong.size(), requests).isEmpty();
    }

    // --- the callers ------------------------------------------------------------------------

    /** A browser with the caller's own session, and the CSRF field of that session's pages. */
    private record Session(Browser browser, Map<String, String> csrf) {
    }

    private Session session(Caller caller) {
        Browser browser = switch (caller) {
            case SIGNED_OUT -> newsroom.reader();
            case WRITER -> newsroom.signedIn(newsroom.writer());
            case OTHER_WRITER -> newsroom.signedIn(otherWriter);
            case EDITOR -> newsroom.signedIn(newsroom.editor());
            case ADMIN -> newsroom.signedInAdmin();
        };
        // signed out, the sign-in form is the one page with a form; signed in, every page has one (Log out)
        String page = browser.get(caller == Caller.SIGNED_OUT ? "/admin/login" : "/admin/").body();
        return new Session(browser, Browser.csrfFieldOf(page));
    }

    // --- the objects each line acts on ------------------------------------------------------

    /** The path's parameters and the form an allowed caller's browser would post. */
    private record Fixture(Map<String, String> path, Map<String, String> form) {
        static Fixture of(Map<String, String> form) {
            return new Fixture(Map.of(), form);
        }
    }

    /** A fresh object of the kind the line names, the writer's when it is a story. */
    private Fixture given(Given given) {
        String n = newsroom.unique() + "-" + (++made);
        return switch (given) {
            case NOTHING, SESSION -> Fixture.of(Map.of());
            case CREDENTIALS -> Fixture.of(form("username", newsroom.hire("signin" + made, "Sam Signin", Role.WRITER).getUsername(),
                    "password", STAFF_PASSWORD, "next", ""));
            case NEW_ARTICLE -> Fixture.of(form("headline", "Matrix story " + n, "dek", "A dek.", "section",
                    String.valueOf(desk.getId()), "bylines", String.valueOf(ada.getId()), "slug", "", "body", "<p>A paragraph.</p>"));
            case DRAFT -> story(writersDraft(n));
            case IN_REVIEW -> story(newsroom.submitForReview(newsroom.writer(), writersDraft(n)));
            case PUBLISHED -> story(newsroom.publish(writersDraft(n)));
            case REVISION -> {
                Article article = writersDraft(n);
                article = newsroom.save(newsroom.writer(), article, Story.of(article).body("<p>A second thought.</p>"));
                yield new Fixture(Map.of("id", String.valueOf(article.getId()), "number", "1"),
                        form("version", String.valueOf(article.getVersion())));
            }
            case PREVIEW_LINK -> {
                Article article = writersDraft(n);
                long link = previewLinks.issue(newsroom.writer(), article.getId(), Duration.ofHours(1)).link().getId();
                yield new Fixture(Map.of("id", String.valueOf(article.getId()), "link", String.valueOf(link)), Map.of());
            }
            case NEW_SECTION -> Fixture.of(form("name", "Beat " + n, "slug", "beat-" + n, "parent", ""));
            case SECTION -> {
                // between two siblings, so that up and down both move it; its slug is free at the top level
                Section parent = newsroom.section("Wing " + n);
                newsroom.section("First", parent);
                Section section = newsroom.section("Desk " + n, parent);
                newsroom.section("Last", parent);
                yield new Fixture(Map.of("id", String.valueOf(section.getId())), form("version",
                        String.valueOf(section.getVersion()), "name", "Renamed " + n, "slug", "renamed-" + n, "parent", ""));
            }
            case NEW_AUTHOR -> Fixture.of(form("name", "Byline " + n, "slug", "byline-" + n, "bio", "Covers the courts."));
            case AUTHOR -> {
                Author author = newsroom.author("Byline" + made + " Person", "Covers the courts.");
                yield new Fixture(Map.of("id", String.valueOf(author.getId())), form("version",
                        String.valueOf(author.getVersion()), "name", "Renamed Person", "slug", "renamed-" + n, "bio", ""));
            }
            case NEW_STAFF_MEMBER -> Fixture.of(form("username", "hire-" + n, "displayName", "Harry Hire", "role", "WRITER",
                    "password", STAFF_PASSWORD));
            case STAFF_MEMBER -> member(newsroom.hire("member" + made, "Mo Member", Role.WRITER));
            // the version of the banner up now, if any, as the Fronts page's form carries it
            case BANNER -> Fixture.of(form("version", banners.saved().map(banner -> String.valueOf(banner.getVersion())).orElse(""),
                    "text", "Matrix banner " + n, "link", "/", "expires",
                    LOCAL_INPUT.format(time.local(clock.instant().plus(1, ChronoUnit.MINUTES)).toLocalDateTime())));
            case FRONT -> {
                Section section = newsroom.section("Front " + n);
                Article first = newsroom.published(newsroom.story("Matrix lead " + n, section, ada));
                Article second = newsroom.published(newsroom.story("Matrix top " + n, section, ada));
                String key = Front.keyOf(section.getId());
                fronts.place(newsroom.editor(), key, 0, first.getId(), 0);
                Front front = fronts.place(newsroom.editor(), key, fronts.get(key).getVersion(), second.getId(), 1);
                fronts.publish(newsroom.editor(), key, front.getVersion());
                String tomorrow = LOCAL_INPUT.format(time.local(clock.instant().plus(1, ChronoUnit.DAYS)).toLocalDateTime());
                yield new Fixture(Map.of("key", key), form("version", String.valueOf(fronts.get(key).getVersion()),
                        "article", String.valueOf(second.getId()), "headline", "", "dek", "", "at", tomorrow));
            }
            case IMPORT -> new Fixture(Map.of("id", String.valueOf(imports.start(newsroom.editor(), "matrix-" + n + ".xml",
                    java.nio.file.Path.of("/nonexistent/matrix-" + n + ".xml"), 0, true).getId())), Map.of());
            case PICTURE -> {
                long uploaded = media.upload(newsroom.writer(), "file", "matrix-" + n + ".png", Pictures.png(64, 48, made),
                        "A test card", "", "").getId();
                // its renditions are made in the background, which changes its version: post the version they leave
                Waiting.until(Instant.now().plusSeconds(60), () -> media.get(uploaded).getStatus() != MediaImage.Status.PROCESSING);
                MediaImage picture = media.get(uploaded);
                yield new Fixture(Map.of("id", String.valueOf(picture.getId())), form("version", String.valueOf(picture.getVersion()),
                        "alt", "A test card " + n, "caption", "", "credit", "", "focalX", "50", "focalY", "50"));
            }
            case INACTIVE_STAFF_MEMBER -> {
                StaffMember member = newsroom.hire("gone" + made, "Gina Gone", Role.WRITER);
                newsroom.deactivate(member);
                yield member(member);
            }
            case NEW_API_TOKEN -> Fixture.of(form("name", "Matrix token " + n, "expires", ""));
            case API_TOKEN -> new Fixture(Map.of("id", String.valueOf(
                    apiTokens.create(newsroom.writer(), "Matrix token " + n, null).token().getId())), Map.of());
            case NEW_WEBHOOK -> Fixture.of(form("url", "http://127.0.0.1:9/matrix-" + n, "events", "PUBLISHED",
                    "secret", "a matrix secret of enough length"));
            case WEBHOOK -> new Fixture(Map.of("id", String.valueOf(matrixWebhook(n).getId())), Map.of());
            case WEBHOOK_DELIVERY -> {
                var endpoint = matrixWebhook(n);
                webhooks.record(org.newsdesk.cms.webhook.WebhookEventType.PUBLISHED, newsroom.published(
                        newsroom.story("Matrix hook " + n, desk, ada)).getId(), java.time.Instant.now());
                long delivery = webhooks.deliveries(TestAccounts.ADMIN, endpoint.getId()).get(0).getId();
                webhooks.remove(TestAccounts.ADMIN, endpoint.getId());
                yield new Fixture(Map.of("id", String.valueOf(endpoint.getId()), "delivery", String.valueOf(delivery)), Map.of());
            }
        };
    }

    /** A webhook to a port nothing listens on: its deliveries fail quietly and are tried again later. */
    private org.newsdesk.cms.webhook.WebhookEndpoint matrixWebhook(String n) {
        return webhooks.register(TestAccounts.ADMIN, "http://127.0.0.1:9/matrix-" + n,
                java.util.Set.of(org.newsdesk.cms.webhook.WebhookEventType.PUBLISHED), "a matrix secret of enough length");
    }

    private Article writersDraft(String n) {
        return newsroom.draft(newsroom.writer(), newsroom.story("Matrix story " + n, desk, ada));
    }

    /**
     * The article editor's form as it stands (every story here is in the desk, bylined to Ada),
     * with a time tomorrow for Schedule. From the article the service returned: a read of our own
     * after a publish can meet the EntityManager Payara closed after the cache's Hazelcast eviction
     * on this thread (see PageCache).
     */
    private Fixture story(Article article) {
        String tomorrow = LOCAL_INPUT.format(time.local(clock.instant().plus(1, ChronoUnit.DAYS)).toLocalDateTime());
        Map<String, String> form = form("version", String.valueOf(article.getVersion()), "headline", article.getHeadline(),
                "dek", article.getDek(), "section", String.valueOf(desk.getId()), "bylines", String.valueOf(ada.getId()),
                "slug", article.getSlug(), "body", article.getBody(), "scheduledAt", tomorrow);
        return new Fixture(Map.of("id", String.valueOf(article.getId())), form);
    }

    private static Fixture member(StaffMember member) {
        return new Fixture(Map.of("id", String.valueOf(member.getId())), form("version", String.valueOf(member.getVersion()),
                "displayName", "Mo Renamed", "role", "WRITER", "password", "another long password"));
    }

    private static Map<String, String> form(String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    // --- the request and its answer ---------------------------------------------------------

    private static HttpResponse<String> request(Rule rule, Session session, Fixture fixture) {
        String path = rule.path();
        for (Map.Entry<String, String> parameter : fixture.path().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        if (path.contains("{")) {
            throw new IllegalStateException(rule.quoted() + ": nothing fills " + path);
        }
        return switch (rule.method()) {
            case "GET" -> session.browser().get(path);
            case "POST" -> {
                Map<String, String> form = new LinkedHashMap<>(session.csrf());
                form.putAll(fixture.form());
                form.putAll(rule.fields());
                yield session.browser().post(path, form);
            }
            default -> throw new IllegalStateException(rule.quoted() + ": RoleMatrixIT makes GET and POST requests only");
        };
    }

    /**
     * Signed out, the sign-in form stands in for the page (200) or is where the answer sends the
     * browser; a 200 is a page only when it is not that form, unless the form is what was asked for.
     */
    private static boolean matches(Expected expected, Rule rule, HttpResponse<String> answer) {
        boolean signInForm = answer.statusCode() == 200 && answer.body().contains(SIGN_IN_FORM);
        if (expected.isSignIn()) {
            return signInForm || (answer.statusCode() / 100 == 3
                    && answer.headers().firstValue("Location").filter(l -> l.contains("/admin/login")).isPresent());
        }
        if (expected.status() == 200 && !rule.path().equals("/admin/login")) {
            return answer.statusCode() == 200 && !signInForm;
        }
        return answer.statusCode() == expected.status();
    }

    private static String described(HttpResponse<String> answer) {
        String body = answer.body();
        String title = body.contains("<title>") ? body.substring(body.indexOf("<title>") + 7, Math.max(body.indexOf("<title>") + 7,
                body.indexOf("</title>"))) : body.substring(0, Math.min(120, body.length()));
        return answer.statusCode() + answer.headers().firstValue("Location").map(l -> " to " + l).orElse("")
                + " \u201c" + title.strip() + "\u201d" + (body.contains(SIGN_IN_FORM) ? " (the sign-in form)" : "");
    }
}
