package org.newsdesk.cms.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.article.Article;
import org.newsdesk.cms.article.ArticleService;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.publishing.ScheduleLog;
import org.newsdesk.cms.publishing.ScheduleRecord;
import org.newsdesk.cms.section.Section;
import org.newsdesk.cms.staff.Role;
import org.newsdesk.cms.staff.StaffMember;
import org.newsdesk.cms.time.PublicationTime;

/**
 * The schedule on the real clock, on the real cms.war: a story scheduled seconds ahead is on its
 * page, the home page and its section front within five seconds of its time, with that time as
 * its published time; what fell due while nothing ran goes out oldest first and is shown late;
 * one that cannot go out is shown to the desk and not tried again.
 */
class ScheduledPublishingIT extends ContainerTest {

    /** The promise: live within this long after the scheduled time. */
    private static final Duration PROMISED = Duration.ofSeconds(5);

    @Inject
    ArticleService articles;

    @Inject
    ScheduleLog schedule;

    @Inject
    PublicationTime time;

    private Section weather;

    @BeforeEach
    void weatherDesk() {
        weather = newsroom.section("Weather");
    }

    @Test
    void aStoryScheduledSecondsAheadIsOnItsPageTheHomePageAndItsFrontWithinFiveSecondsWithItsScheduledTime() {
        Article article = draft("Storm warning lifted in " + newsroom.unique());
        Instant goesLive = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
        Lateness before = lateness();
        newsroom.schedule(article, goesLive);
        String front = "/" + weather.path() + "/";
        String path = front + datePath(goesLive) + "/" + article.getSlug();
        Browser reader = newsroom.reader();
        // readers look before it is out: the home page and the front are rendered and cached without it
        assertThat(reader.get(path).statusCode()).isEqualTo(404);
        assertThat(reader.get("/").body()).doesNotContain(article.getHeadline());
        assertThat(reader.get(front).body()).doesNotContain(article.getHeadline());

        Instant deadline = goesLive.plus(PROMISED);
        boolean live = Waiting.until(deadline.plusSeconds(10), () -> reader.get(path).statusCode() == 200);
        Instant seen = Instant.now();

        assertThat(live).as("the story's page answers at all").isTrue();
        assertThat(seen).as("on its page within 5 s of its time").isBeforeOrEqualTo(deadline);
        String page = reader.get(path).body();
        assertThat(page).contains("<h1>" + article.getHeadline() + "</h1>",
                "<time datetime=\"" + time.iso(goesLive) + "\">" + time.display(goesLive) + "</time>");
        // the story's page was not cached before it went out, so it can answer a moment before the
        // cached home page and front are renewed: all three are promised within the same 5 s
        boolean homeAndFront = Waiting.until(deadline, () -> reader.get("/").body().contains(article.getHeadline())
                && reader.get(front).body().contains(article.getHeadline()));
        assertThat(homeAndFront).as("home and front fresh within 5 s too").isTrue();

        Article published = articles.get(article.getId());
        assertThat(published.getStatus()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(published.getFirstPublishedAt()).contains(goesLive);
        ScheduleRecord record = recordOf(article, goesLive);
        assertThat(record.getOutcome()).isEqualTo(ScheduleRecord.Outcome.PUBLISHED);
        assertThat(record.isLate()).isFalse();
        // the schedule of this server published nothing else meanwhile: the metric rose by this story alone
        Lateness after = lateness();
        assertThat(after.count() - before.count()).as("one more scheduled publication counted").isEqualTo(1);
        assertThat(after.sum() - before.sum()).as("the lateness metric rose by this story's, in milliseconds")
                .isEqualTo(record.getLateBy().toMillis());
        assertThat(after.max()).as("in the same unit as the sum").isLessThanOrEqualTo(after.sum());
        System.out.printf("Scheduled publication: live %d ms after its time (poller record), seen by a reader %d ms after%n",
                record.getLateBy().toMillis(), Duration.between(goesLive, seen).toMillis());
    }

    @Test
    void afterDowntimeEverythingOverdueGoesOutOldestFirstAndTheDeskSeesHowLate() {
        // "two hours ago", when the stories were scheduled; nothing runs until the clock is real again
        Instant then = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(then);
        Article later = draft("Ferry timetable changes in " + newsroom.unique());
        Article earlier = draft("Bridge reopens in " + newsroom.unique());
        Instant laterDue = then.plus(Duration.ofMinutes(20));
        Instant earlierDue = then.plus(Duration.ofMinutes(10));
        newsroom.schedule(later, laterDue);
        newsroom.schedule(earlier, earlierDue);

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

        String dashboard = newsroom.signedInAdmin().get("/admin/").body();
        assertThat(dashboard).contains("Scheduled publishing, last 7 days", earlier.getHeadline(),
                "went live late: missed its time by 1 h ");
    }

    @Test
    void aStoryThatCannotGoOutIsShownToTheDeskAndNotTriedAgain() {
        StaffMember leaver = newsroom.hire("leaver", "Lee Leaver", Role.EDITOR);
        Instant then = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        clock.set(then);
        Article article = newsroom.draft(leaver.getUsername(), story("Fireworks postponed in " + newsroom.unique()));
        newsroom.schedule(leaver.getUsername(), article, then.plus(Duration.ofMinutes(10)));
        newsroom.deactivate(leaver);

        clock.release();
        assertThat(Waiting.until(Instant.now().plusSeconds(10), () -> failureOf(article) != null))
                .as("the failure was recorded").isTrue();

        assertThat(articles.get(article.getId()).getStatus()).as("still scheduled, for the desk to act on")
                .isEqualTo(ArticleStatus.SCHEDULED);
        Browser admin = newsroom.signedInAdmin();
        String dashboard = admin.get("/admin/").body();
        assertThat(dashboard).contains("Scheduled stories that did not go out", article.getHeadline(),
                "Lee Leaver scheduled it, and their account has been deactivated since.");
        assertThat(admin.get("/admin/articles/" + article.getId()).body()).as("and on the story itself")
                .contains("It did not go out at that time:", "their account has been deactivated since.");
        ScheduleRecord failure = failureOf(article);
        long version = articles.get(article.getId()).getVersion();
        Waiting.sleep(Duration.ofSeconds(2));
        assertThat(failureOf(article).getAttemptedAt()).as("tried once, not every second").isEqualTo(failure.getAttemptedAt());
        assertThat(articles.get(article.getId()).getVersion()).as("left as it was").isEqualTo(version);

        newsroom.publish(articles.get(article.getId()));
        assertThat(failureOf(article)).as("publishing it by hand deals with it").isNull();
    }

    /**
     * The lateness histogram now, from Payara's endpoint; all naughts before the server's first
     * scheduled publication.
     */
    private Lateness lateness() {
        String metrics = new Browser(newsroom.serverRoot()).getWith("/metrics?scope=application", TestAccounts.MONITORING).body();
        return new Lateness(metric(metrics, "newsdesk_scheduled_lateness_milliseconds_count"),
                metric(metrics, "newsdesk_scheduled_lateness_milliseconds_sum"),
                metric(metrics, "newsdesk_scheduled_lateness_milliseconds_max"));
    }

    private record Lateness(double count, double sum, double max) {
    }

    /** A metric's value in Prometheus text, e.g. {@code name{mp_scope="application"} 12.0}, or 0 while it has none. */
    private static double metric(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(metrics);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    private Story story(String headline) {
        return newsroom.story(headline, weather, newsroom.ada());
    }

    private Article draft(String headline) {
        return newsroom.draft(story(headline));
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

    private static String datePath(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy/MM/dd").format(at.atZone(ZoneId.of("America/New_York")));
    }
}
