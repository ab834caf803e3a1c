package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleDraft;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.author.Author;
import org.newsdesk.cms.author.AuthorService;
import org.newsdesk.cms.publishing.PublishingService;
import org.newsdesk.cms.publishing.ScheduleRecord;
import org.newsdesk.cms.publishing.ScheduleLog;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.section.SectionService;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.staff.StaffService;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The schedule on the real clock, on the real cms.war: a story scheduled seconds ahead is on its
 * page, the home page and its section front within five seconds of its time, with that time as
 * its published time; what fell due while nothing ran goes out oldest first and is shown late;
 * one that cannot go out is shown to the desk and not tried again.
 */
@ExtendWith(ArquillianExtension.class)
class ScheduledPublishingIT {

    private static final String ADMIN = "chief";
    private static final String ADMIN_PASSWORD = "correct horse battery";
    private static final String STAFF_PASSWORD = "a long enough password";
    /** The promise: live within this long after the scheduled time. */
    private static final Duration PROMISED = Duration.ofSeconds(5);

    @Deployment
    static WebArchive deployment() {
        return CmsWar.with(SettableClock.class, TestClockProducer.class, Browser.class, Waiting.class);
    }

    @Inject
    ArticleService articles;

    @Inject
    PublishingService publishing;

    @Inject
    ScheduleLog schedule;

    @Inject
    SectionService sections;

    @Inject
    AuthorService authors;

    @Inject
    StaffService staff;

    @Inject
    PublicationTime time;

    @Inject
    SettableClock clock;

    @Inject
    HttpServletRequest runnerRequest;

    private String unique;
    private String editor;
    private Section weather;
    private Author ada;

    @BeforeEach
    void newsroom() {
        unique = UUID.randomUUID().toString().substring(0, 8);
        editor = "editor-" + unique;
        staff.create(ADMIN, editor, "Eddie Editor", STAFF_PASSWORD, Set.of(Role.EDITOR));
        weather = sections.create(editor, "Weather", "weather-" + unique, null);
        ada = authors.create(editor, "Ada Reporter", "ada-" + unique, null);
    }

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void aStoryScheduledSecondsAheadIsOnItsPageTheHomePageAndItsFrontWithinFiveSecondsWithItsScheduledTime() {
        Article article = draft("Storm warning lifted in " + unique, editor);
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
        publishing.schedule(editor, article.getId(), article.getVersion(), goesLive);
        String path = "/weather-" + unique + "/" + datePath(goesLive) + "/" + article.getSlug();
        Browser reader = new Browser(base());
        // readers look before it is out: the home page and the front are rendered and cached without it
        assertThat(reader.get(path).statusCode()).isEqualTo(404);
        assertThat(reader.get("/").body()).doesNotContain(article.getHeadline());
        assertThat(reader.get("/weather-" + unique + "/").body()).doesNotContain(article.getHeadline());

        Instant deadline = goesLive.plus(PROMISED);
        boolean live = Waiting.until(deadline.plusSeconds(10), () -> reader.get(path).statusCode() == 200);
        Instant seen = Instant.now();

        assertThat(live).as("the story's page answers at all").isTrue();
        assertThat(seen).as("on its page within 5 s of its time").isBeforeOrEqualTo(deadline);
        String page = reader.get(path).body();
        assertThat(page).contains("<h1>" + article.getHeadline() + "</h1>",
                "<time datetime=\"" + time.iso(goesLive) + "\">" + time.display(goesLive) + "</time>");
        assertThat(reader.get("/").body()).as("home").contains(article.getHeadline());
        assertThat(reader.get("/weather-" + unique + "/").body()).as("section front").contains(article.getHeadline());
        assertThat(Instant.now()).as("home and front fresh within 5 s too").isBeforeOrEqualTo(deadline);

        Article published = articles.get(article.getId());
        assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getFirstPublishedAt()).contains(goesLive);
        ScheduleRecord record = recordOf(article, goesLive);
        assertThat(record.getOutcome()).isEqualTo(ScheduleRecord.Outcome.PUBLISHED);
        assertThat(record.isLate()).isFalse();
        // Payara's endpoint, at the server's root whatever the application's context
        String metrics = new Browser("http://127.0.0.1:" + runnerRequest.getLocalPort()).get("/metrics?scope=application").body();
        double sum = metric(metrics, "newsdesk_scheduled_lateness_milliseconds_sum");
        assertThat(sum).as("the lateness metric, in milliseconds").isGreaterThanOrEqualTo(record.getLateBy().toMillis());
        assertThat(metric(metrics, "newsdesk_scheduled_lateness_milliseconds_max")).as("in the same unit as the sum")
                .isLessThanOrEqualTo(sum);
        System.out.printf("Scheduled publication: live %d ms after its time (poller record), seen by a reader %d ms after%n",
                record.getLateBy().toMillis(), Duration.between(goesLive, seen).toMillis());
    }

    @Test
    void afterDowntimeEverythingOverdueGoesOutOldestFirstAndTheDeskSeesHowLate() {
        // "two hours ago", when the stories were scheduled; nothing runs until the clock is real again
        Instant then = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(then);
        Article later = draft("Ferry timetable changes in " + unique, editor);
        Article earlier = draft("Bridge reopens in " + unique, editor);
        Instant laterDue = then.plus(Duration.ofMinutes(20));
        Instant earlierDue = then.plus(Duration.ofMinutes(10));
        publishing.schedule(editor, later.getId(), later.getVersion(), laterDue);
        publishing.schedule(editor, earlier.getId(), earlier.getVersion(), earlierDue);

        clock.release();
        Instant restarted = Instant.now();
        assertThat(Waiting.until(restarted.plusSeconds(10), () -> isPublished(later) && isPublished(earlier)))
                .as("both overdue stories went out").isTrue();

        ScheduleRecord first = recordOf(earlier, earlierDue);
        ScheduleRecord second = recordOf(later, laterDue);
        assertThat(first.getAttemptedAt()).as("oldest first").isBeforeOrEqualTo(second.getAttemptedAt());
        assertThat(first.isLate()).isTrue();
        assertThat(first.getLateBy()).isGreaterThan(Duration.ofMinutes(109));
        assertThat(articles.get(earlier.getId()).getFirstPublishedAt()).as("the time readers could first see it")
                .hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(restarted.truncatedTo(ChronoUnit.MILLIS)));

        String dashboard = signedInAdmin().get("/admin/").body();
        assertThat(dashboard).contains("Scheduled publishing, last 7 days", earlier.getHeadline(),
                "went live late: missed its time by 1 h ");
    }

    @Test
    void aStoryThatCannotGoOutIsShownToTheDeskAndNotTriedAgain() {
        String leaver = "leaver-" + unique;
        StaffMember member = staff.create(ADMIN, leaver, "Lee Leaver", STAFF_PASSWORD, Set.of(Role.EDITOR));
        Instant then = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(then);
        Article article = draft("Fireworks postponed in " + unique, leaver);
        publishing.schedule(leaver, article.getId(), article.getVersion(), then.plus(Duration.ofMinutes(10)));
        staff.deactivate(ADMIN, member.getId());

        clock.release();
        assertThat(Waiting.until(Instant.now().plusSeconds(10), () -> failureOf(article) != null))
                .as("the failure was recorded").isTrue();

        assertThat(articles.get(article.getId()).getStatus()).as("still scheduled, for the desk to act on")
                .isEqualTo(ArticleStatus.SCHEDULED);
        String dashboard = signedInAdmin().get("/admin/").body();
        assertThat(dashboard).contains("Scheduled stories that did not go out", article.getHeadline(),
                "Lee Leaver scheduled it, and their account has been deactivated since.");
        assertThat(signedInAdmin().get("/admin/articles/" + article.getId()).body()).as("and on the story itself")
                .contains("It did not go out at that time:", "their account has been deactivated since.");
        ScheduleRecord failure = failureOf(article);
        long version = articles.get(article.getId()).getVersion();
        Waiting.sleep(Duration.ofSeconds(2));
        assertThat(failureOf(article).getAttemptedAt()).as("tried once, not every second").isEqualTo(failure.getAttemptedAt());
        assertThat(articles.get(article.getId()).getVersion()).as("left as it was").isEqualTo(version);

        Article current = articles.get(article.getId());
        publishing.publish(editor, current.getId(), current.getVersion(), false, null);
        assertThat(failureOf(article)).as("publishing it by hand deals with it").isNull();
    }

    /** A metric's value in Prometheus text, e.g. {@code name{mp_scope="application"} 12.0}. */
    private static double metric(String metrics, String name) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(metrics);
        assertThat(line.find()).as(name + " in\n" + metrics).isTrue();
        return Double.parseDouble(line.group(1));
    }

    private Article draft(String headline, String writer) {
        return articles.create(writer, new ArticleDraft(headline, "What changes.", "<p>Details.</p>",
                weather.getId(), List.of(ada.getId()), null, null));
    }

    private boolean isPublished(Article article) {
        return articles.get(article.getId()).getStatus() == ArticleStatus.PUBLISHED;
    }

    private ScheduleRecord recordOf(Article article, Instant scheduledAt) {
        return schedule.recordOf(articles.get(article.getId()), scheduledAt)
                .orElseThrow(() -> new AssertionError("No record of " + article.getHeadline()));
    }

    /** The story's unresolved failure, or null. */
    private ScheduleRecord failureOf(Article article) {
        return schedule.failureOf(articles.get(article.getId())).orElse(null);
    }

    private Browser signedInAdmin() {
        Browser desk = new Browser(base());
        assertThat(desk.signIn(ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(303);
        return desk;
    }



    private static String datePath(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy/MM/dd").format(at.atZone(ZoneId.of("America/New_York")));
    }

    private String base() {
        return "http://127.0.0.1:" + runnerRequest.getLocalPort() + runnerRequest.getContextPath();
    }
}
