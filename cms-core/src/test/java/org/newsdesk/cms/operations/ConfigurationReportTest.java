package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsdesk.cms.operations.ConfigurationReport.Settings;

/** The start-up block an operator reads: every setting that matters, never a password. */
class ConfigurationReportTest {

    @Test
    void namesEverySettingOnItsOwnLineAndHidesThePasswordInTheUrl() {
        String report = ConfigurationReport.describe(new Settings(
                "jdbc:postgresql://db.internal:5432/newsdesk?user=newsdesk&password=s3cret", "newsdesk",
                Optional.of("org.postgresql.ds.PGSimpleDataSource"), "/srv/newsdesk/data", "Europe/Berlin",
                Optional.of("https://news.example.com"), "The Daily Planet", true, "chief", Optional.of("instance1")));

        assertThat(report).doesNotContain("s3cret").containsSubsequence(
                "Newsdesk configuration",
                "\n  database       jdbc:postgresql://db.internal:5432/newsdesk?user=newsdesk&password=*** as user newsdesk (org.postgresql.ds.PGSimpleDataSource)",
                "\n  data directory /srv/newsdesk/data",
                "\n  time zone      Europe/Berlin",
                "\n  site           \u201cThe Daily Planet\u201d at https://news.example.com",
                "\n  page cache     shared by the cluster",
                "\n  instance       instance1",
                "\n  administrator  chief");
    }

    @Test
    void theDefaultsReadAsWhatTheyMean() {
        String report = ConfigurationReport.describe(new Settings("jdbc:h2:file:./data/newsdesk", "newsdesk",
                Optional.of("org.h2.jdbcx.JdbcDataSource"), "./data", "America/New_York", Optional.empty(), "Newsdesk",
                false, "admin", Optional.of("server")));

        assertThat(report).contains(
                "data directory " + Path.of("data").toAbsolutePath(),
                "at each request's own scheme and host (CMS_SITE_URL not set)",
                "in this JVM only (CMS_CACHE_SHARED=false)");
        assertThat(report).as("Payara Micro's fixed instance name says nothing").doesNotContain("instance");
    }

    @Test
    void anUnknownDatabaseSaysWhichSettingIsMissing() {
        String report = ConfigurationReport.describe(new Settings("jdbc:mysql://db/news", "news", Optional.empty(), "./data",
                "UTC", Optional.of(""), "Newsdesk", true, "admin", Optional.empty()));

        assertThat(report).contains("jdbc:mysql://db/news as user news (no DataSource class known for this URL: set CMS_DB_DRIVER)",
                "at each request's own scheme and host");
    }
}
