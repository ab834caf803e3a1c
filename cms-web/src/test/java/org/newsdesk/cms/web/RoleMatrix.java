package org.newsdesk.cms.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who may use which admin endpoint: one line per endpoint (or per form variant of one, such as
 * each button of the article editor), with what each of five callers gets. {@code RoleMatrixTest}
 * checks the lines against the application's own endpoints ({@link AdminEndpoints}): an endpoint
 * without a line, or a line for an endpoint that is gone, fails the build. {@code RoleMatrixIT}
 * makes every request of every line as each caller, on the real WAR.
 *
 * <p>The callers: someone <b>signed out</b>; the <b>writer</b> whose story it is; an <b>other
 * writer</b>; an <b>editor</b>; the <b>admin</b>. What they get: {@code sign-in} (the sign-in form
 * in place of the page, or a redirect to it), or the HTTP status ({@code 200} a page, {@code 303}
 * done and sent on, {@code 403} refused). Signed out, a page and a form posted to any admin
 * address alike get the sign-in form and nothing is done (the mechanism forwards the POST to the
 * sign-in form, which {@code web.security.ForwardedSignIn} answers as the GET it stands for).
 *
 * <p>The second column says what the request is made on ({@link Given}: it fills the path's
 * parameters and the form), followed by form fields of the line's own, such as
 * {@code action=publish}. Each caller gets fresh objects of its own, so the lines run in any order.
 */
final class RoleMatrix {

    static final String RULES = """
            # method path                                          | given, and form fields     | signed out | writer | other writer | editor | admin
            GET  /admin/                                           | -                          | sign-in    | 200    | 200          | 200    | 200
            GET  /admin/login                                      | -                          | 200        | 200    | 200          | 200    | 200
            POST /admin/login                                      | credentials                | 303        | 303    | 303          | 303    | 303
            GET  /admin/login/code                                 | -                          | sign-in    | 303    | 303          | 303    | 303
            POST /admin/login/code                                 | -                          | sign-in    | 303    | 303          | 303    | 303
            POST /admin/logout                                     | session                    | sign-in    | 303    | 303          | 303    | 303
            GET  /admin/account                                    | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/account/recovery-codes                     | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/account/two-factor                         | -                          | sign-in    | 303    | 303          | 303    | 303
            POST /admin/account/two-factor/confirm                 | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/account/two-factor/off                     | -                          | sign-in    | 200    | 200          | 200    | 200
            GET  /admin/articles                                   | -                          | sign-in    | 200    | 200          | 200    | 200
            GET  /admin/articles/new                               | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/articles/new                               | new-article                | sign-in    | 303    | 303          | 303    | 303
            GET  /admin/articles/{id}                              | draft                      | sign-in    | 200    | 200          | 200    | 200
            POST /admin/articles/{id}                              | draft action=save          | sign-in    | 303    | 403          | 303    | 303
            POST /admin/articles/{id}                              | draft action=submit        | sign-in    | 303    | 403          | 303    | 303
            POST /admin/articles/{id}                              | draft action=publish       | sign-in    | 403    | 403          | 303    | 303
            POST /admin/articles/{id}                              | draft action=schedule      | sign-in    | 403    | 403          | 303    | 303
            POST /admin/articles/{id}                              | in-review action=return    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/articles/{id}                              | published action=update    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/articles/{id}                              | published action=unpublish | sign-in    | 403    | 403          | 303    | 303
            POST /admin/articles/{id}/autosave                     | draft                      | sign-in    | 200    | 403          | 200    | 200
            POST /admin/articles/{id}/autosave/discard             | draft                      | sign-in    | 303    | 303          | 303    | 303
            GET  /admin/articles/{id}/preview                      | draft                      | sign-in    | 200    | 200          | 200    | 200
            POST /admin/articles/{id}/preview/links                | draft validFor=PT1H        | sign-in    | 303    | 403          | 303    | 303
            POST /admin/articles/{id}/preview/links/{link}/revoke  | preview-link               | sign-in    | 303    | 403          | 303    | 303
            GET  /admin/articles/{id}/revisions                    | revision                   | sign-in    | 200    | 200          | 200    | 200
            POST /admin/articles/{id}/revisions/{number}/restore   | revision                   | sign-in    | 303    | 403          | 303    | 303
            GET  /admin/audit                                      | -                          | sign-in    | 403    | 403          | 403    | 200
            # the media library (issue 13): whoever writes stories adds and describes pictures; deleting is the desk's
            GET  /admin/media                                      | -                          | sign-in    | 200    | 200          | 200    | 200
            GET  /admin/media/new                                  | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/media/upload                               | -                          | sign-in    | 303    | 303          | 303    | 303
            GET  /admin/media/{id}                                 | picture                    | sign-in    | 200    | 200          | 200    | 200
            POST /admin/media/{id}                                 | picture                    | sign-in    | 303    | 303          | 303    | 303
            POST /admin/media/{id}/delete                          | picture                    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/media/lead/{id}                            | draft leadImage=           | sign-in    | 303    | 403          | 303    | 303
            GET  /admin/authors                                    | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/authors                                    | new-author                 | sign-in    | 403    | 403          | 303    | 303
            GET  /admin/authors/new                                | -                          | sign-in    | 403    | 403          | 200    | 200
            GET  /admin/authors/{id}                               | author                     | sign-in    | 403    | 403          | 200    | 200
            POST /admin/authors/{id}                               | author                     | sign-in    | 403    | 403          | 303    | 303
            # WordPress import (issue 11): editors and admins; the upload takes a multipart form, so the matrix's
            # url-encoded post reaches it as a bad request once the role is checked
            GET  /admin/imports                                    | -                          | sign-in    | 403    | 403          | 200    | 200
            POST /admin/imports/upload                             | -                          | sign-in    | 403    | 403          | 400    | 400
            GET  /admin/imports/{id}                               | import                     | sign-in    | 403    | 403          | 200    | 200
            GET  /admin/imports/{id}/progress                      | import                     | sign-in    | 403    | 403          | 200    | 200
            GET  /admin/sections                                   | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/sections                                   | new-section                | sign-in    | 403    | 403          | 303    | 303
            GET  /admin/sections/new                               | -                          | sign-in    | 403    | 403          | 200    | 200
            GET  /admin/sections/{id}                              | section                    | sign-in    | 403    | 403          | 200    | 200
            POST /admin/sections/{id}/delete                       | section                    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/sections/{id}/move                         | section                    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/sections/{id}/move-down                    | section                    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/sections/{id}/move-up                      | section                    | sign-in    | 403    | 403          | 303    | 303
            POST /admin/sections/{id}/rename                       | section                    | sign-in    | 403    | 403          | 303    | 303
            # curated fronts and the breaking-news banner (issue 16): editors and admins
            GET  /admin/fronts                                     | -                          | sign-in    | 403    | 403          | 200    | 200
            POST /admin/fronts/banner                              | banner                     | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/banner/take-down                    | -                          | sign-in    | 403    | 403          | 303    | 303
            GET  /admin/fronts/{key}                               | front                      | sign-in    | 403    | 403          | 200    | 200
            POST /admin/fronts/{key}/place                         | front position=0           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/move-up                       | front position=1           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/move-down                     | front position=0           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/remove                        | front position=0           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/override                      | front position=1           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/top-count                     | front topCount=3           | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/publish                       | front                      | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/schedule                      | front                      | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/cancel-schedule               | front                      | sign-in    | 403    | 403          | 303    | 303
            POST /admin/fronts/{key}/restore                       | front revision=1           | sign-in    | 403    | 403          | 303    | 303
            GET  /admin/staff                                      | -                          | sign-in    | 403    | 403          | 403    | 200
            POST /admin/staff                                      | new-staff-member           | sign-in    | 403    | 403          | 403    | 303
            GET  /admin/staff/new                                  | -                          | sign-in    | 403    | 403          | 403    | 200
            POST /admin/staff/sign-in-policy                       | -                          | sign-in    | 403    | 403          | 403    | 303
            GET  /admin/staff/{id}                                 | staff-member               | sign-in    | 403    | 403          | 403    | 200
            POST /admin/staff/{id}/account                         | staff-member               | sign-in    | 403    | 403          | 403    | 303
            POST /admin/staff/{id}/deactivate                      | staff-member               | sign-in    | 403    | 403          | 403    | 303
            POST /admin/staff/{id}/password                        | staff-member               | sign-in    | 403    | 403          | 403    | 303
            POST /admin/staff/{id}/reactivate                      | inactive-staff-member      | sign-in    | 403    | 403          | 403    | 303
            POST /admin/staff/{id}/two-factor/off                  | staff-member               | sign-in    | 403    | 403          | 403    | 303
            # API tokens (issue 12): each person's own; another's token is not found
            GET  /admin/api-tokens                                 | -                          | sign-in    | 200    | 200          | 200    | 200
            POST /admin/api-tokens                                 | new-api-token              | sign-in    | 200    | 200          | 200    | 200
            POST /admin/api-tokens/{id}/revoke                     | api-token                  | sign-in    | 303    | 404          | 404    | 404
            # Webhooks (issue 12): administrators only
            GET  /admin/webhooks                                   | -                          | sign-in    | 403    | 403          | 403    | 200
            POST /admin/webhooks                                   | new-webhook                | sign-in    | 403    | 403          | 403    | 303
            GET  /admin/webhooks/{id}                              | webhook                    | sign-in    | 403    | 403          | 403    | 200
            POST /admin/webhooks/{id}/remove                       | webhook                    | sign-in    | 403    | 403          | 403    | 303
            POST /admin/webhooks/{id}/deliveries/{delivery}/redeliver | webhook-delivery        | sign-in    | 403    | 403          | 403    | 303
            """;

    /** The five callers, in the order of the columns. */
    enum Caller {
        SIGNED_OUT("signed out"), WRITER("writer"), OTHER_WRITER("other writer"), EDITOR("editor"), ADMIN("admin");

        final String label;

        Caller(String label) {
            this.label = label;
        }
    }

    /**
     * What a line's request is made on: made afresh for each caller by {@code RoleMatrixIT}, it
     * fills the path's parameters (those named here) and the form an allowed caller's browser
     * would post. A story is always the writer's; the other writer, the editor and the admin act
     * on the writer's story.
     */
    enum Given {
        NOTHING("-", "nothing: a page or form of its own", Set.of()),
        CREDENTIALS("credentials", "the username and password of a fresh account, posted from a session of its own", Set.of()),
        SESSION("session", "the caller's own session, made for this request alone (the request ends it)", Set.of()),
        NEW_ARTICLE("new-article", "the fields of a new story (headline, dek, section, byline, body)", Set.of()),
        DRAFT("draft", "the writer's own draft, with the editor's form as it stands", Set.of("id")),
        IN_REVIEW("in-review", "the writer's story, submitted for review", Set.of("id")),
        PUBLISHED("published", "the writer's story, published by an editor", Set.of("id")),
        REVISION("revision", "the writer's draft with two revisions; number is the first", Set.of("id", "number")),
        PREVIEW_LINK("preview-link", "the writer's draft and a preview link the writer made of it", Set.of("id", "link")),
        NEW_SECTION("new-section", "the fields of a new top-level section", Set.of()),
        SECTION("section", "an empty section between two siblings, with its form (to top level for move)", Set.of("id")),
        NEW_AUTHOR("new-author", "the fields of a new author", Set.of()),
        AUTHOR("author", "an author, with the author form", Set.of("id")),
        NEW_STAFF_MEMBER("new-staff-member", "the fields of a new account (writer)", Set.of()),
        STAFF_MEMBER("staff-member", "an active writer's account, with the account and password forms", Set.of("id")),
        INACTIVE_STAFF_MEMBER("inactive-staff-member", "a deactivated account", Set.of("id")),
        BANNER("banner", "the fields of a breaking-news banner that expires a minute later, over the one up now (its version)", Set.of()),
        FRONT("front", "a new section's front, published once with two live stories placed (revision 1), with its forms",
                Set.of("key")),
        NEW_API_TOKEN("new-api-token", "the fields of a new API token (a name, no expiry)", Set.of()),
        API_TOKEN("api-token", "an API token of the writer's own", Set.of("id")),
        NEW_WEBHOOK("new-webhook", "the fields of a new webhook (a loopback URL: the tests allow private targets)", Set.of()),
        WEBHOOK("webhook", "a webhook endpoint", Set.of("id")),
        WEBHOOK_DELIVERY("webhook-delivery", "a webhook endpoint and a delivery of one of its events", Set.of("id", "delivery")),
        IMPORT("import", "a WordPress import an editor started (its file gone, so it waits)", Set.of("id")),
        PICTURE("picture", "a picture the writer uploaded, unused, with its details form", Set.of("id"));

        final String word;
        final String meaning;
        final Set<String> parameters;

        Given(String word, String meaning, Set<String> parameters) {
            this.word = word;
            this.meaning = meaning;
            this.parameters = parameters;
        }

        /** Whether the request ends or replaces the caller's session, so it gets one of its own. */
        boolean ownSession() {
            return this == CREDENTIALS || this == SESSION;
        }

        static Given of(String word) {
            return Stream.of(values()).filter(g -> g.word.equals(word)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("\"" + word + "\" is not a given; the givens are "
                            + Stream.of(values()).map(g -> g.word).toList()));
        }
    }

    /**
     * What a caller gets: {@code sign-in} or a status. The sign-in form answers 200 too, so
     * {@code 200} means a page that is not the sign-in form (except the form's own address).
     */
    record Expected(String word) {
        static final String SIGN_IN = "sign-in";

        static Expected of(String word) {
            if (!word.equals(SIGN_IN) && !word.matches("[1-5][0-9][0-9]")) {
                throw new IllegalArgumentException("\"" + word + "\" is neither sign-in nor an HTTP status");
            }
            return new Expected(word);
        }

        boolean isSignIn() {
            return word.equals(SIGN_IN);
        }

        int status() {
            return Integer.parseInt(word);
        }
    }

    /** One line of {@link #RULES}. */
    record Rule(int line, String text, String method, String path, Given given, Map<String, String> fields,
                Map<Caller, Expected> expected) {

        String endpoint() {
            return method + " " + path; // as AdminEndpoints.Endpoint.key writes it
        }

        /** The line as written, with its number: what a failure message quotes. */
        String quoted() {
            return "RoleMatrix.RULES line " + line + ": " + text.strip();
        }
    }

    private RoleMatrix() {
    }

    /** The lines of {@link #RULES}, parsed; a line that does not read throws, naming it. */
    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        String[] lines = RULES.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i];
            if (text.isBlank() || text.strip().startsWith("#")) {
                continue;
            }
            try {
                rules.add(parse(i + 1, text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("RoleMatrix.RULES line " + (i + 1) + " (" + text.strip() + "): "
                        + e.getMessage(), e);
            }
        }
        return rules;
    }

    private static Rule parse(int line, String text) {
        String[] cells = text.split("\\|", -1);
        if (cells.length != 2 + Caller.values().length) {
            throw new IllegalArgumentException("needs 7 cells separated by |: method and path, given, then one for each of "
                    + Stream.of(Caller.values()).map(c -> c.label).toList());
        }
        String[] endpoint = cells[0].strip().split("\\s+");
        if (endpoint.length != 2) {
            throw new IllegalArgumentException("the first cell is a method and a path, e.g. GET /admin/articles");
        }
        String[] givenAndFields = cells[1].strip().split("\\s+");
        Given given = Given.of(givenAndFields[0]);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int f = 1; f < givenAndFields.length; f++) {
            String[] field = givenAndFields[f].split("=", 2);
            if (field.length != 2) {
                throw new IllegalArgumentException("a form field is name=value: " + givenAndFields[f]);
            }
            fields.put(field[0], field[1]);
        }
        Map<Caller, Expected> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, Expected.of(cells[2 + caller.ordinal()].strip()));
        }
        return new Rule(line, text, endpoint[0], endpoint[1], given, fields, expected);
    }

    /**
     * A line to add for an endpoint that has none: its method and path, a given to choose when the
     * path has parameters, and a start for the outcomes (only the admin allowed) to correct.
     */
    static String suggestedLine(AdminEndpoints.Endpoint endpoint) {
        List<String> parameters = AdminEndpoints.parameters(endpoint.path());
        String given = parameters.isEmpty() ? "-" : "<given filling " + String.join(", ", parameters) + ">";
        boolean page = endpoint.method().equals("GET");
        return String.format("%-4s %-49s | %-26s | sign-in    | 403    | 403          | 403    | %s",
                endpoint.method(), endpoint.path(), given, page ? "200" : "303");
    }

    /** The givens, one a line, for a message that asks to choose one. */
    static String givens() {
        StringBuilder all = new StringBuilder();
        for (Given given : Given.values()) {
            all.append(String.format("  %-22s fills %-16s %s%n", given.word, given.parameters.stream().sorted().toList(),
                    given.meaning));
        }
        return all.toString();
    }
}
