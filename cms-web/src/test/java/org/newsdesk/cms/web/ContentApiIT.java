package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.apitoken.ApiTokens;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.web.api.ApiApplication;

/**
 * The content API over real HTTP, as a script with a personal token uses it: tokens made on the
 * admin screen, every status the API answers with (as problem+json), the workflow through the same
 * services as the editor, the public read API showing live revisions only, and the OpenAPI document
 * describing every resource and response.
 */
class ContentApiIT extends ContainerTest {

    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*value=\"(nd_[A-Za-z0-9_-]+)\"");
    private static final Pattern REVOKE = Pattern.compile("/admin/api-tokens/(\\d+)/revoke");

    @Inject
    ApiTokens tokens;

    @Inject
    org.newsdesk.cms.staff.StaffService staff;

    @Inject
    org.newsdesk.cms.time.PublicationTime publicationTime;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Section desk;
    private Author ada;

    @BeforeEach
    void newsroomForTheApi() {
        desk = newsroom.section("Desk");
        ada = newsroom.ada();
    }

    // --- tokens -----------------------------------------------------------------------------

    @Test
    void aWriterMakesATokenOnTheScreenSeesItOnceUsesItAndRevokesIt() {
        Browser writer = newsroom.signedIn(newsroom.writer());
        Map<String, String> form = Browser.csrfFieldOf(writer.get("/admin/api-tokens").body());
        form.put("name", "Newsletter builder");
        form.put("expires", "");
        HttpResponse<String> made = writer.post("/admin/api-tokens", form);
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher issued = ISSUED.matcher(made.body());
        assertThat(issued.find()).as("the new token is shown").isTrue();
        String token = issued.group(1);

        String again = writer.get("/admin/api-tokens").body();
        assertThat(again).as("shown once: the list names it but never shows it again")
                .contains("Newsletter builder").doesNotContain(token);

        Instant used = Instant.parse("2031-05-06T07:08:00Z"); // a time nothing else on the screen has
        clock.set(used);
        assertThat(call("GET", "/api/v1/articles", token, null, Map.of()).statusCode()).isEqualTo(200);
        assertThat(writer.get("/admin/api-tokens").body()).as("last used is recorded")
                .contains("<td>" + publicationTime.display(used) + "</td>");

        Matcher revoke = REVOKE.matcher(again);
        assertThat(revoke.find()).isTrue();
        Map<String, String> revokeForm = Browser.csrfFieldOf(again);
        assertThat(writer.post("/admin/api-tokens/" + revoke.group(1) + "/revoke", revokeForm).statusCode()).isEqualTo(303);

        HttpResponse<String> refused = call("GET", "/api/v1/articles", token, null, Map.of());
        assertProblem(refused, 401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("invalid_token"));
    }

    @Test
    void noTokenOrABadOneIsRefusedATokenOpensNoAdminScreenAndASessionNoApi() {
        assertProblem(call("GET", "/api/v1/articles", null, null, Map.of()), 401);
        assertProblem(call("GET", "/api/v1/articles", "nd_not-a-token-we-made", null, Map.of()), 401);

        String token = tokenOf(newsroom.editor());
        HttpResponse<String> admin = call("GET", "/admin/articles", token, null, Map.of());
        assertThat(admin.body()).as("a token opens no admin screen: the sign-in form answers")
                .contains("Sign in").doesNotContain("<h1>Articles");

        Browser editor = newsroom.signedIn(newsroom.editor());
        assertThat(editor.get("/admin/v1/articles").statusCode()).as("the API's resources are not also under /admin").isEqualTo(404);
        HttpResponse<String> withSession = editor.get("/api/v1/articles");
        assertThat(withSession.statusCode()).as("a signed-in session does not authenticate the API").isEqualTo(401);
        assertThat(withSession.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant now = clock.instant();
        String token = tokens.create(newsroom.writer(), "Until tonight", now.plus(Duration.ofHours(1))).secret();
        assertThat(call("GET", "/api/v1/articles", token, null, Map.of()).statusCode()).isEqualTo(200);
        clock.set(now.plus(Duration.ofHours(2)));
        assertProblem(call("GET", "/api/v1/articles", token, null, Map.of()), 401);
    }

    @Test
    void aChunkedBodyIsCountedAgainstTheCapAndNoneIsReadWithoutAToken() {
        String token = tokenOf(newsroom.writer());
        byte[] large = ("{\"headline\":\"" + "x".repeat(2_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(newsroom.base() + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build();
        assertProblem(send(chunked), 413);
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(newsroom.base() + "/api/v1/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large))).build();
        assertProblem(send(anonymous), 401);
        HttpRequest small = HttpRequest.newBuilder(URI.create(newsroom.base() + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(article("Chunked story " + newsroom.unique()).getBytes(StandardCharsets.UTF_8))))
                .build();
        assertThat(send(small).statusCode()).as("a chunked body under the cap is read as usual").isEqualTo(201);
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheTokens() {
        var member = newsroom.hire("reset", "Rhea Reset", org.newsdesk.cms.staff.Role.WRITER);
        String token = tokens.create(member.getUsername(), "Laptop script", null).secret();
        assertThat(call("GET", "/api/v1/articles", token, null, Map.of()).statusCode()).isEqualTo(200);
        staff.resetPassword(TestAccounts.ADMIN, member.getId(), "a brand new long password");
        assertProblem(call("GET", "/api/v1/articles", token, null, Map.of()), 401);
        assertThat(tokens.mine(member.getUsername())).allSatisfy(t -> assertThat(t.getRevokedAt()).isPresent());
    }

    @Test
    void aTokenOfADeactivatedAccountIsRefused() {
        var member = newsroom.hire("leaver", "Lee Leaver", org.newsdesk.cms.staff.Role.WRITER);
        String token = tokens.create(member.getUsername(), "Script", null).secret();
        assertThat(call("GET", "/api/v1/articles", token, null, Map.of()).statusCode()).isEqualTo(200);
        newsroom.deactivate(member);
        assertProblem(call("GET", "/api/v1/articles", token, null, Map.of()), 401);
    }

    // --- articles ---------------------------------------------------------------------------

    @Test
    void anEditorCreatesChangesAndPublishesAndReadersSeeOnlyTheLiveRevision() {
        String token = tokenOf(newsroom.editor());
        HttpResponse<String> created = call("POST", "/api/v1/articles", token, article("Bridge reopens " + newsroom.unique()), Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject article = json(created);
        long id = article.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/articles/" + id));
        assertThat(created.headers().firstValue("ETag")).hasValue("\"" + article.getJsonNumber("version").longValue() + "\"");
        assertThat(article.getString("status")).isEqualTo("DRAFT");
        assertThat(article.getString("section")).isEqualTo(desk.path());
        assertThat(article.getJsonArray("bylines").getString(0)).isEqualTo(ada.getSlug());
        assertThat(article.getString("modifiedAt")).matches(".*[+-]\\d\\d:\\d\\d$");

        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertProblem(call("POST", "/api/v1/articles/" + id + "/publish", token, "{}", Map.of()), 428);
        HttpResponse<String> published = call("POST", "/api/v1/articles/" + id + "/publish", token, "{}", Map.of("If-Match", etag));
        assertThat(published.statusCode()).isEqualTo(200);
        JsonObject live = json(published);
        assertThat(live.getString("status")).isEqualTo("PUBLISHED");
        assertThat(live.getString("url")).contains(article.getString("slug"));
        assertThat(live.getString("firstPublishedAt")).isNotBlank();

        String newEtag = published.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> patched = call("PATCH", "/api/v1/articles/" + id, token, "{\"headline\":\"Bridge reopens early\"}",
                Map.of("If-Match", newEtag));
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json(patched).getString("headline")).isEqualTo("Bridge reopens early");
        assertThat(json(patched).getBoolean("hasPendingChanges")).isTrue();

        JsonObject readers = json(call("GET", "/api/v1/public/articles/" + id, null, null, Map.of()));
        assertThat(readers.getString("headline")).as("readers see the live revision, not the draft")
                .isEqualTo("Bridge reopens " + newsroom.unique());
        assertThat(json(call("GET", "/api/v1/articles/" + id + "/live", token, null, Map.of())).getString("headline"))
                .isEqualTo("Bridge reopens " + newsroom.unique());
        assertThat(json(call("GET", "/api/v1/articles/" + id, token, null, Map.of())).getString("headline"))
                .isEqualTo("Bridge reopens early");

        JsonArray revisions = jsonArray(call("GET", "/api/v1/articles/" + id + "/revisions", token, null, Map.of()));
        assertThat(revisions).hasSize(2);
        JsonObject diff = json(call("GET", "/api/v1/articles/" + id + "/revisions/1/diff", token, null, Map.of()));
        assertThat(diff.getJsonArray("fields").getJsonObject(0).getBoolean("changed")).isTrue();

        String etag3 = patched.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> down = call("DELETE", "/api/v1/articles/" + id, token, null, Map.of("If-Match", etag3));
        assertThat(down.statusCode()).isEqualTo(200);
        assertThat(json(down).getString("status")).isEqualTo("UNPUBLISHED");
        assertProblem(call("GET", "/api/v1/public/articles/" + id, null, null, Map.of()), 410);
    }

    @Test
    void aStaleIfMatchIsRefusedWithWhoChangedItAndNothingIsOverwritten() {
        String token = tokenOf(newsroom.editor());
        JsonObject article = json(call("POST", "/api/v1/articles", token, article("Council vote " + newsroom.unique()), Map.of()));
        long id = article.getJsonNumber("id").longValue();
        String first = "\"" + article.getJsonNumber("version").longValue() + "\"";
        String night = tokenOf(newsroom.nightEditor());
        assertThat(call("PATCH", "/api/v1/articles/" + id, night, "{\"dek\":\"Nina's dek.\"}", Map.of("If-Match", first))
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = call("PUT", "/api/v1/articles/" + id, token, article("Eddie's headline"), Map.of("If-Match", first));
        JsonObject problem = assertProblem(stale, 412);
        assertThat(problem.getString("changedBy")).isEqualTo("Nina Nightdesk");
        assertThat(problem.getString("changedAt")).isNotBlank();
        assertThat(json(call("GET", "/api/v1/articles/" + id, token, null, Map.of())).getString("dek")).isEqualTo("Nina's dek.");
        assertProblem(call("PUT", "/api/v1/articles/" + id, token, article("x"), Map.of()), 428);
        String current = call("GET", "/api/v1/articles/" + id, token, null, Map.of()).headers().firstValue("ETag").orElseThrow();
        assertProblem(call("PUT", "/api/v1/articles/" + id, token, article("x"), Map.of("If-Match", "W/" + current)), 412);
        assertProblem(callTyped("PATCH", "/api/v1/articles/" + id, token, "{\"dek\":null}", "application/merge-patch+json"), 415);
    }

    @Test
    void invalidFieldsAreNamedOneByOne() {
        String token = tokenOf(newsroom.writer());
        HttpResponse<String> invalid = call("POST", "/api/v1/articles", token,
                "{\"headline\":\"\",\"section\":\"no-such-section\",\"bylines\":[\"nobody-at-all\"]}", Map.of());
        JsonObject problem = assertProblem(invalid, 422);
        List<String> fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
        assertThat(fields).contains("headline", "section", "bylines");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
    }

    @Test
    void rolesAreTheOwnersCurrentOnes() {
        var demoted = newsroom.hire("demoted", "Dee Demoted", org.newsdesk.cms.staff.Role.EDITOR);
        String editorToken = tokens.create(demoted.getUsername(), "Desk script", null).secret();
        JsonObject first = json(call("POST", "/api/v1/articles", editorToken, article("Editor story " + newsroom.unique()), Map.of()));
        assertThat(call("POST", "/api/v1/articles/" + first.getJsonNumber("id").longValue() + "/publish", editorToken, "{}",
                Map.of("If-Match", "\"" + first.getJsonNumber("version").longValue() + "\"")).statusCode())
                .as("an editor's token publishes").isEqualTo(200);
        staff.editAccount(TestAccounts.ADMIN, demoted.getId(), staff.get(TestAccounts.ADMIN, demoted.getId()).getVersion(),
                demoted.getDisplayName(), java.util.Set.of(org.newsdesk.cms.staff.Role.WRITER));
        JsonObject second = json(call("POST", "/api/v1/articles", editorToken, article("Editor story " + newsroom.unique()), Map.of()));
        assertProblem(call("POST", "/api/v1/articles/" + second.getJsonNumber("id").longValue() + "/publish", editorToken, "{}",
                Map.of("If-Match", "\"" + second.getJsonNumber("version").longValue() + "\"")), 403);

        String writer = tokenOf(newsroom.writer());
        JsonObject article = json(call("POST", "/api/v1/articles", writer, article("Writer story " + newsroom.unique()), Map.of()));
        long id = article.getJsonNumber("id").longValue();
        String etag = "\"" + article.getJsonNumber("version").longValue() + "\"";
        assertProblem(call("POST", "/api/v1/articles/" + id + "/publish", writer, "{}", Map.of("If-Match", etag)), 403);
        HttpResponse<String> submitted = call("POST", "/api/v1/articles/" + id + "/submit", writer, null, Map.of("If-Match", etag));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(json(submitted).getString("status")).isEqualTo("IN_REVIEW");
        assertProblem(call("POST", "/api/v1/articles/" + id + "/submit", writer, null,
                Map.of("If-Match", submitted.headers().firstValue("ETag").orElseThrow())), 409);

        assertProblem(call("GET", "/api/v1/staff", writer, null, Map.of()), 403);
        assertProblem(call("GET", "/api/v1/staff", tokenOf(newsroom.editor()), null, Map.of()), 403);
        assertThat(call("GET", "/api/v1/staff", tokenOf(TestAccounts.ADMIN), null, Map.of()).statusCode()).isEqualTo(200);

        assertProblem(call("POST", "/api/v1/sections", writer, "{\"name\":\"Beat\"}", Map.of()), 403);
        String editor = tokenOf(newsroom.editor());
        HttpResponse<String> section = call("POST", "/api/v1/sections", editor,
                "{\"name\":\"Beat " + newsroom.unique() + "\",\"slug\":\"beat-" + newsroom.unique() + "\"}", Map.of());
        assertThat(section.statusCode()).isEqualTo(201);
        long sectionId = json(section).getJsonNumber("id").longValue();
        HttpResponse<String> inUse = call("DELETE", "/api/v1/sections/" + desk.getId(), editor, null,
                Map.of("If-Match", "\"" + desk.getVersion() + "\""));
        assertProblem(inUse, 409);
        assertThat(call("DELETE", "/api/v1/sections/" + sectionId, editor, null,
                Map.of("If-Match", section.headers().firstValue("ETag").orElseThrow())).statusCode()).isEqualTo(204);
    }

    @Test
    void theListFiltersAndPagesWithLinkHeaders() {
        String token = tokenOf(newsroom.editor());
        for (int i = 1; i <= 3; i++) {
            call("POST", "/api/v1/articles", token, article("Paged story " + i + " " + newsroom.unique()), Map.of());
        }
        HttpResponse<String> first = call("GET", "/api/v1/articles?section=" + desk.path() + "&limit=2&q=Paged", token, null, Map.of());
        assertThat(json(first).getJsonArray("items")).hasSize(2);
        String next = first.headers().firstValue("Link").orElseThrow();
        assertThat(next).endsWith("; rel=\"next\"");
        String nextUrl = next.substring(1, next.indexOf('>'));
        HttpResponse<String> second = callUrl("GET", nextUrl, token, null, Map.of());
        assertThat(json(second).getJsonArray("items")).hasSize(1);
        assertThat(second.headers().firstValue("Link")).isEmpty();
        assertThat(json(second).get("next")).isEqualTo(JsonValue.NULL);

        assertThat(json(call("GET", "/api/v1/articles?q=Paged+story+2+" + newsroom.unique(), token, null, Map.of()))
                .getJsonArray("items")).hasSize(1);
        assertThat(json(call("GET", "/api/v1/articles?author=" + ada.getSlug() + "&status=draft&modifiedSince=2000-01-01T00:00:00Z",
                token, null, Map.of())).getJsonArray("items")).isNotEmpty();
        assertThat(json(call("GET", "/api/v1/articles?section=" + desk.path() + "&modifiedSince=2999-01-01T00:00:00Z",
                token, null, Map.of())).getJsonArray("items")).isEmpty();
        JsonObject problem = assertProblem(call("GET", "/api/v1/articles?status=lost&limit=0", token, null, Map.of()), 422);
        assertThat(problem.getJsonArray("errors")).hasSize(2);
        assertProblem(call("GET", "/api/v1/articles?cursor=garbage!", token, null, Map.of()), 400);
        JsonObject notANumber = assertProblem(call("GET", "/api/v1/articles?limit=abc", token, null, Map.of()), 422);
        assertThat(notANumber.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
        String farPage = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("p2147483647".getBytes(StandardCharsets.UTF_8));
        assertProblem(call("GET", "/api/v1/articles?cursor=" + farPage, token, null, Map.of()), 400);
        assertProblem(call("GET", "/api/v1/public/articles?cursor=" + farPage, null, null, Map.of()), 400);
    }

    @Test
    void everyErrorIsAProblemNeverAPage() {
        String token = tokenOf(newsroom.editor());
        assertProblem(call("GET", "/api/v1/articles/999999999", token, null, Map.of()), 404);
        assertProblem(call("GET", "/api/v1/no-such-thing", token, null, Map.of()), 404);
        assertProblem(callTyped("POST", "/api/v1/articles", token, "headline=x", "text/plain"), 415);
        assertProblem(call("POST", "/api/v1/articles", token, "{\"headline\": ", Map.of()), 400);
        // as curl and browsers send a large body: the headers first, the body once the server says so
        HttpRequest large = HttpRequest.newBuilder(URI.create(newsroom.base() + "/api/v1/articles")).expectContinue(true)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"headline\":\"" + "x".repeat(3_000_000) + "\"}")).build();
        assertProblem(send(large), 413);
        assertProblem(call("DELETE", "/api/v1/authors", token, null, Map.of()), 405);
    }

    @Test
    void aTokenThatSendsTooManyRequestsIsToldWhenToComeBack() {
        String token = tokenOf(newsroom.writer());
        HttpResponse<String> answer = null;
        for (int i = 0; i < 400; i++) {
            answer = call("GET", "/api/v1/sections", token, null, Map.of());
            if (answer.statusCode() == 429) {
                break;
            }
        }
        assertProblem(answer, 429);
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isBetween(1, 60));
        assertThat(call("GET", "/api/v1/sections", tokenOf(newsroom.editor()), null, Map.of()).statusCode())
                .as("another token is not held back").isEqualTo(200);
    }

    @Test
    void thePublicApiIsCacheableAndOpenToOtherOriginsForGetOnly() {
        var story = newsroom.published(newsroom.story("Public story " + newsroom.unique(), desk, ada));
        newsroom.draft(newsroom.story("Secret draft " + newsroom.unique(), desk, ada));
        HttpResponse<String> list = call("GET", "/api/v1/public/articles", null, null, Map.of("Origin", "https://app.example"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Public story " + newsroom.unique()).doesNotContain("Secret draft");
        assertThat(list.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(list.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public"));
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertThat(call("GET", "/api/v1/public/articles", null, null, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

        HttpResponse<String> one = call("GET", "/api/v1/public/articles/" + story.getId(), null, null, Map.of());
        assertThat(json(one).getString("headline")).isEqualTo("Public story " + newsroom.unique());
        assertThat(json(one).containsKey("modifiedBy") && !json(one).isNull("modifiedBy")).as("no staff names").isFalse();
        assertThat(call("GET", "/api/v1/public/sections", null, null, Map.of()).body()).contains(desk.path());
        assertThat(call("GET", "/api/v1/public/authors", null, null, Map.of()).body()).contains(ada.getSlug());

        HttpResponse<String> preflight = call("OPTIONS", "/api/v1/public/articles", null, null,
                Map.of("Origin", "https://app.example", "Access-Control-Request-Method", "POST"));
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).as("a page may revalidate with If-None-Match")
                .hasValueSatisfying(allowed -> assertThat(allowed).contains("If-None-Match"));
        assertThat(call("GET", "/api/v1/articles", tokenOf(newsroom.editor()), null, Map.of("Origin", "https://app.example"))
                .headers().firstValue("Access-Control-Allow-Origin")).as("the staff API is not open to other origins").isEmpty();
    }

    // --- the README -------------------------------------------------------------------------

    @Test
    void theReadmeCurlExamplesWork() throws Exception {
        String readme = java.nio.file.Files.readString(readme());
        int marker = readme.indexOf("<!-- ContentApiIT.theReadmeCurlExamplesWork");
        assertThat(marker).as("the README's \"Using the API\" block").isPositive();
        int start = readme.indexOf("```sh\n", marker) + "```sh\n".length();
        String script = readme.substring(start, readme.indexOf("```", start));

        ProcessBuilder curl = new ProcessBuilder("sh", "-e", "-c", script).redirectErrorStream(true);
        curl.environment().putAll(Map.of("NEWSDESK", newsroom.base(), "TOKEN", tokenOf(newsroom.editor()),
                "SECTION", desk.path(), "AUTHOR", ada.getSlug()));
        Process run = curl.start();
        String output = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(run.waitFor()).as(output).isZero();
        assertThat(output).contains("\"status\":\"PUBLISHED\"", "\"headline\":\"Bridge reopens two weeks early\"");
    }

    /** The README, found from wherever the server was started (the module or the project). */
    private static java.nio.file.Path readme() {
        for (java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null;
                dir = dir.getParent()) {
            java.nio.file.Path candidate = dir.resolve("README.md");
            if (java.nio.file.Files.isRegularFile(candidate) && java.nio.file.Files.isDirectory(dir.resolve("cms-web"))) {
                return candidate;
            }
        }
        throw new AssertionError("No README.md above " + System.getProperty("user.dir"));
    }

    // --- OpenAPI ----------------------------------------------------------------------------

    @Test
    void theOpenApiDocumentDescribesEveryResourceAndResponse() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(URI.create(newsroom.serverRoot() + "/openapi"))
                .header("Authorization", "Bearer " + TestAccounts.MONITORING_TOKEN).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        JsonObject openapi = Json.createReader(new StringReader(document.body())).readObject();
        JsonObject paths = openapi.getJsonObject("paths");
        assertThat(paths.keySet()).as("the API only under /api, and no path without its application's")
                .noneMatch(p -> p.startsWith("/admin/v1") || p.startsWith("/null"));
        assertThat(openapi.getJsonObject("components").getJsonObject("securitySchemes").containsKey("token")).isTrue();

        List<String> missing = new ArrayList<>();
        for (Class<?> resource : new ApiApplication().getClasses()) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = "/api/" + root.value() + (sub == null ? "" : "/" + sub.value());
                path = path.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                String key = path;
                JsonObject item = paths.keySet().stream().filter(p -> p.endsWith(key)).findFirst().map(paths::getJsonObject).orElse(null);
                assertThat(paths.keySet()).as("path templates as clients read them")
                .filteredOn(p -> p.contains("/api/v1/")).noneMatch(p -> p.contains(":"));
                if (item == null || !item.containsKey(verb)) {
                    missing.add(verb.toUpperCase() + " " + path + " is not documented");
                    continue;
                }
                JsonObject responses = item.getJsonObject(verb).getJsonObject("responses");
                List<String> needed = new ArrayList<>();
                boolean isPublic = path.startsWith("/api/v1/public");
                if (!isPublic) {
                    needed.addAll(List.of("401", "429"));
                }
                if (verb.equals("put") || verb.equals("patch") || verb.equals("delete") || (verb.equals("post") && path.contains("{id}"))) {
                    needed.addAll(List.of("412", "428"));
                }
                if (verb.equals("post") || verb.equals("put") || verb.equals("patch")) {
                    needed.add(path.contains("{id}") ? "404" : "422");
                }
                for (String code : needed) {
                    if (responses == null || !responses.containsKey(code)) {
                        missing.add(verb.toUpperCase() + " " + path + " does not document " + code);
                    }
                }
                if (responses == null || responses.keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                    missing.add(verb.toUpperCase() + " " + path + " documents no success");
                }
            }
        }
        assertThat(missing).as("undocumented resources and responses").isEmpty();
    }

    private static String verbOf(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "get";
        } else if (method.isAnnotationPresent(POST.class)) {
            return "post";
        } else if (method.isAnnotationPresent(PUT.class)) {
            return "put";
        } else if (method.isAnnotationPresent(PATCH.class)) {
            return "patch";
        } else if (method.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return null;
    }

    // --- helpers ----------------------------------------------------------------------------

    private String tokenOf(String username) {
        return tokens.create(username, "Test " + newsroom.unique(), null).secret();
    }

    private String article(String headline) {
        return Json.createObjectBuilder().add("headline", headline).add("dek", "A dek.").add("body", "<p>A paragraph.</p>")
                .add("section", desk.path()).add("bylines", Json.createArrayBuilder().add(ada.getSlug())).build().toString();
    }

    private HttpResponse<String> call(String method, String path, String token, String body, Map<String, String> headers) {
        return callUrl(method, newsroom.base() + path, token, body, headers);
    }

    private HttpResponse<String> callTyped(String method, String path, String token, String body, String type) {
        return send(HttpRequest.newBuilder(URI.create(newsroom.base() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> callUrl(String method, String url, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    /** An RFC 9457 problem with this status: never an HTML page, never a stack trace. */
    private static JsonObject assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(response.body()).hasValue("application/problem+json");
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("type")).startsWith("https://");
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
        return problem;
    }
}
