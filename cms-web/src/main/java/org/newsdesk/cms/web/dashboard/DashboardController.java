package org.newsdesk.cms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import org.newsdesk.cms.article.ArticleFilter;
import org.newsdesk.cms.article.ArticleOrder;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.publishing.ScheduleLog;
import org.newsdesk.cms.publishing.ScheduleRecord;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The first screen after sign-in: what is on my desk and what the newsroom is waiting for. Each
 * short list links to the article list filtered the same way for the rest.
 */
@Controller
@Path("")
@RequestScoped
public class DashboardController {

    /** Enough to see what is going on; the article list has the rest. */
    static final int SHORT_LIST = 10;

    @Inject
    ArticleService articles;

    @Inject
    StaffService staff;

    @Inject
    ScheduleLog scheduleLog;

    @Inject
    SecurityContext security;

    @Inject
    PublicationTime time;

    @Inject
    Models models;

    @GET
    public String dashboard() {
        long me = staff.getActive(security.getCallerPrincipal().getName()).getId();
        ArticleFilter all = ArticleFilter.all();
        models.put("myDrafts", articles.list(all.inStatus(ArticleStatus.DRAFT).changedBy(me), 1, SHORT_LIST));
        // a queue: whoever has waited longest comes first
        models.put("inReview", articles.list(all.inStatus(ArticleStatus.IN_REVIEW)
                .orderedBy(ArticleOrder.MODIFIED_OLDEST), 1, SHORT_LIST));
        models.put("scheduled", articles.list(all.inStatus(ArticleStatus.SCHEDULED)
                .orderedBy(ArticleOrder.SCHEDULED_SOONEST), 1, SHORT_LIST));
        models.put("published", articles.list(all.inStatus(ArticleStatus.PUBLISHED)
                .orderedBy(ArticleOrder.PUBLISHED_NEWEST), 1, SHORT_LIST));
        models.put("scheduleFailures", scheduleLog.unresolvedFailures(SHORT_LIST).stream().map(ScheduleEntry::of).toList());
        models.put("scheduleRecord", scheduleLog.recent(SHORT_LIST).stream().map(ScheduleEntry::of).toList());
        models.put("time", time);
        return "dashboard.html";
    }

    /** One line of the schedule's record: a story that went out (and how late) or did not (and why). */
    public record ScheduleEntry(long articleId, String headline, Instant scheduledAt, boolean published, boolean late,
                                String lateBy, String problem) {

        static ScheduleEntry of(ScheduleRecord record) {
            return new ScheduleEntry(record.getArticle().getId(), record.getArticle().getHeadline(),
                    record.getScheduledAt(), record.getOutcome() == ScheduleRecord.Outcome.PUBLISHED,
                    record.isLate(), Lateness.describe(record.getLateBy()), record.getProblem().orElse(""));
        }
    }
}
