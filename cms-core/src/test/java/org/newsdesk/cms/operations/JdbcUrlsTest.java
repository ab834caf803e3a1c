package org.newsdesk.cms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the start-up log shows of a JDBC URL: everything but a password. */
class JdbcUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:file:./data/newsdesk", "jdbc:postgresql://db.internal:5432/newsdesk",
            "jdbc:postgresql://db1:5432,db2:5432/newsdesk?targetServerType=primary&user=newsdesk&ssl=true",
            "jdbc:h2:file:/srv/data/newsdesk;MODE=LEGACY;USER=newsdesk", "jdbc:oracle:thin:@db:1521:news"})
    void aUrlWithoutAPasswordIsShownAsItIs(String url) {
        assertThat(JdbcUrls.withoutSecrets(url)).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db:5432/newsdesk?user=newsdesk&password=s3cret&ssl=true | jdbc:postgresql://db:5432/newsdesk?user=newsdesk&password=***&ssl=true",
            "jdbc:postgresql://db:5432/newsdesk?password=s3cret | jdbc:postgresql://db:5432/newsdesk?password=***",
            "jdbc:postgresql://db/newsdesk?sslmode=verify-full&sslpassword=s3cret | jdbc:postgresql://db/newsdesk?sslmode=verify-full&sslpassword=***",
            "jdbc:h2:file:./data/newsdesk;USER=sa;PASSWORD=s3cret;MODE=LEGACY | jdbc:h2:file:./data/newsdesk;USER=sa;PASSWORD=***;MODE=LEGACY",
            "jdbc:h2:file:./data/newsdesk;CIPHER=AES;FILE_PASSWORD=s3cret | jdbc:h2:file:./data/newsdesk;CIPHER=AES;FILE_PASSWORD=***",
            "jdbc:mysql://newsdesk:s3cret@db:3306/newsdesk | jdbc:mysql://newsdesk:***@db:3306/newsdesk",
            "jdbc:sqlserver://db:1433;databaseName=news;user=newsdesk;password=s3cret | jdbc:sqlserver://db:1433;databaseName=news;user=newsdesk;password=***",
            "jdbc:oracle:thin:newsdesk/s3cret@db:1521:news | jdbc:oracle:thin:newsdesk/***@db:1521:news",
            "jdbc:example://db/news?accessToken=s3cret&clientSecret=s3cret | jdbc:example://db/news?accessToken=***&clientSecret=***"})
    void aPasswordInTheUrlIsHidden(String url, String shown) {
        assertThat(JdbcUrls.withoutSecrets(url)).isEqualTo(shown).doesNotContain("s3cret");
    }

    @Test
    void noUrlStaysNoUrl() {
        assertThat(JdbcUrls.withoutSecrets(null)).isNull();
    }
}
