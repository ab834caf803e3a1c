package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.web.AdminEndpoints.Endpoint;
import org.newsdesk.cms.web.RoleMatrix.Caller;
import org.newsdesk.cms.web.RoleMatrix.Rule;

/**
 * The role matrix covers the application as it is: every admin endpoint the compiled classes and
 * web.xml declare has a line in {@link RoleMatrix#RULES}, and every line names an endpoint that
 * exists, with a given that fills its path. So a new endpoint fails the build here until someone
 * has written down who may use it (and RoleMatrixIT then checks it on the server).
 */
class RoleMatrixTest {

    @Test
    void everyAdminEndpointHasALineAndEveryLineAnEndpoint() {
        List<Endpoint> endpoints = AdminEndpoints.all();
        assertThat(endpoints).as("the endpoints found").extracting(Endpoint::key)
                .contains("GET /admin/", "POST /admin/articles/{id}", "POST /admin/staff/{id}/password",
                        "POST /admin/articles/{id}/preview/links/{link}/revoke");

        List<String> problems = problems(endpoints, RoleMatrix.rules());

        assertThat(problems).as("the role matrix against the application's endpoints").isEmpty();
    }

    @Test
    void servletsAndTheirMethodsAreFoundToo() {
        // none is under /admin today; the preview links' servlet shows the reading works
        assertThat(AdminEndpoints.everywhere()).extracting(Endpoint::key)
                .contains("GET /preview/*").doesNotContain("POST /preview/*");
        assertThat(AdminEndpoints.join("/admin", "articles/{id:[0-9]+}", "preview")).isEqualTo("/admin/articles/{id}/preview");
        assertThat(AdminEndpoints.join("/admin", "", "")).isEqualTo("/admin/");
    }

    @Test
    void signedOutNothingButTheSignInFormIsServedOrDone() {
        // web.xml: /admin/* is for signed-in staff, the sign-in form alone is not. A page, or a
        // form posted after the session ended (web.security.ForwardedSignIn), asks to sign in:
        // never a page, never a change.
        assertThat(RoleMatrix.rules()).allSatisfy(rule -> {
            if (!rule.path().equals("/admin/login")) {
                assertThat(rule.expected().get(Caller.SIGNED_OUT).word()).as(rule.quoted()).isEqualTo("sign-in");
            }
        });
    }

    @Test
    void aNewEndpointWithoutALineIsNamedWithTheLineToAdd() {
        List<Endpoint> withNew = new ArrayList<>(AdminEndpoints.all());
        withNew.add(new Endpoint("POST", "/admin/desks/{id}/publish", "DesksController.publish"));
        withNew.add(new Endpoint("GET", "/admin/desks", "DesksController.list"));

        List<String> problems = problems(withNew, RoleMatrix.rules());

        assertThat(problems).hasSize(2);
        assertThat(problems).contains(
                "No line in RoleMatrix.RULES for GET /admin/desks (DesksController.list). Add one, with what each caller gets, e.g.:\n"
                        + "GET  /admin/desks                                      | -                          | sign-in    | 403    | 403          | 403    | 200");
        assertThat(problems).anySatisfy(problem -> assertThat(problem).startsWith(
                "No line in RoleMatrix.RULES for POST /admin/desks/{id}/publish (DesksController.publish). Add one, with what each caller gets, e.g.:\n"
                        + "POST /admin/desks/{id}/publish                         | <given filling id>         | sign-in    | 403    | 403          | 403    | 303\n"
                        + "with the given that fills its path").contains("  staff-member           fills [id]"));
    }

    @Test
    void aLineForAnEndpointThatIsGoneIsNamed() {
        List<Endpoint> without = AdminEndpoints.all().stream()
                .filter(e -> !e.key().equals("POST /admin/sections/{id}/move-up")).toList();

        List<String> problems = problems(without, RoleMatrix.rules());

        assertThat(problems).singleElement().asString()
                .startsWith("RoleMatrix.RULES line ")
                .contains("POST /admin/sections/{id}/move-up", "the application has no such endpoint");
    }

    /** What is wrong with the matrix for these endpoints, each in words that say what to change. */
    static List<String> problems(List<Endpoint> endpoints, List<Rule> rules) {
        List<String> problems = new ArrayList<>();
        Set<String> existing = endpoints.stream().map(Endpoint::key).collect(Collectors.toSet());
        Set<String> covered = rules.stream().map(Rule::endpoint).collect(Collectors.toSet());
        for (Endpoint endpoint : endpoints) {
            if (!covered.contains(endpoint.key())) {
                problems.add("No line in RoleMatrix.RULES for " + endpoint.key() + " (" + endpoint.source()
                        + "). Add one, with what each caller gets, e.g.:\n" + RoleMatrix.suggestedLine(endpoint)
                        + (AdminEndpoints.parameters(endpoint.path()).isEmpty() ? ""
                                : "\nwith the given that fills its path (a new kind: add it to RoleMatrix.Given and RoleMatrixIT.given):\n"
                                + RoleMatrix.givens()));
            }
        }
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules) {
            if (!existing.contains(rule.endpoint())) {
                problems.add(rule.quoted() + ": the application has no such endpoint; remove the line or correct its method"
                        + " and path (the endpoints are " + existing.stream().sorted().toList() + ")");
                continue;
            }
            List<String> parameters = AdminEndpoints.parameters(rule.path());
            if (!rule.given().parameters.containsAll(parameters)) {
                problems.add(rule.quoted() + ": \"" + rule.given().word + "\" (" + rule.given().meaning + ") fills "
                        + rule.given().parameters + ", but the path needs " + parameters);
            }
            if (!seen.add(rule.endpoint() + " " + rule.given() + " " + rule.fields())) {
                problems.add(rule.quoted() + ": the same request as an earlier line; remove one");
            }
        }
        return problems;
    }
}
