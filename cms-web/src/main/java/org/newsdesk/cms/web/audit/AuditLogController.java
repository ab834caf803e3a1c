package org.newsdesk.cms.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsdesk.cms.audit.AuditLog;
import org.newsdesk.cms.audit.AuditPage;
import org.newsdesk.cms.shared.Change.Action;
import org.newsdesk.cms.shared.Change.Kind;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;
import org.newsdesk.cms.web.support.FormProblems;

/**
 * The audit log, for admins only: {@link AuditLog} refuses anyone else (403), against the account
 * as it is now. Read-only: the screen has no form that changes anything, and the log has no way
 * to change a line.
 */
@Controller
@Path("audit")
@RequestScoped
public class AuditLogController {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    StaffService staff;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @Context
    UriInfo uri;

    @GET
    public String list() {
        String me = security.getCallerPrincipal().getName();
        // an admin's list of accounts, for the person filter; refuses anyone but an admin
        List<StaffMember> accounts = staff.list(me);
        AuditQuery query = AuditQuery.parse(uri.getQueryParameters()::getFirst,
                accounts.stream().map(StaffMember::getUsername).collect(Collectors.toSet()));
        AuditPage page = log.list(me, query.filter(time.zone()), query.getPage(), PAGE_SIZE);

        models.put("query", query);
        models.put("problems", FormProblems.of(query.getProblems()));
        models.put("accounts", accounts);
        models.put("actions", byGroup());
        models.put("kinds", Kind.values());
        models.put("page", page);
        models.put("rows", page.lines().stream().map(line -> new AuditRow(line, time)).toList());
        models.put("zone", time.zone().getId());
        return "audit.html";
    }

    /** The actions in their groups, in the order the log's enum lists them, for the filter's optgroups. */
    private static Map<String, List<Action>> byGroup() {
        return Arrays.stream(Action.values())
                .collect(Collectors.groupingBy(Action::group, LinkedHashMap::new, Collectors.toList()));
    }
}
