package org.newsdesk.cms.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PostgreSQL gets network time limits unless the operator's URL sets its own; H2 is left alone. */
class DatabaseConnectionUrlTest {

    @Test
    void aPlainPostgresqlUrlGetsEveryLimit() {
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db:5432/newsdesk"))
                .isEqualTo("jdbc:postgresql://db:5432/newsdesk?socketTimeout=10&connectTimeout=3&loginTimeout=3");
    }

    @Test
    void theOperatorsOwnParametersStayAndTheirLimitsWin() {
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db/newsdesk?sslmode=require&socketTimeout=60"))
                .isEqualTo("jdbc:postgresql://db/newsdesk?sslmode=require&socketTimeout=60&connectTimeout=3&loginTimeout=3");
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db/newsdesk?SocketTimeout=0&connecttimeout=2&loginTimeout=9"))
                .isEqualTo("jdbc:postgresql://db/newsdesk?SocketTimeout=0&connecttimeout=2&loginTimeout=9");
    }

    @Test
    void aParameterWhoseNameOnlyEndsLikeALimitIsNotTheLimit() {
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db/newsdesk?xsocketTimeout=1"))
                .contains("&socketTimeout=10");
    }

    @Test
    void anEmptyQueryOrATrailingAmpersandMakesNoDoubleSeparator() {
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db/newsdesk?"))
                .isEqualTo("jdbc:postgresql://db/newsdesk?socketTimeout=10&connectTimeout=3&loginTimeout=3");
        assertThat(DatabaseConnectionUrl.of("jdbc:postgresql://db/newsdesk?ssl=true&"))
                .isEqualTo("jdbc:postgresql://db/newsdesk?ssl=true&socketTimeout=10&connectTimeout=3&loginTimeout=3");
    }

    @Test
    void h2AndOtherUrlsAreLeftAlone() {
        assertThat(DatabaseConnectionUrl.of("jdbc:h2:file:./data/newsdesk;WRITE_DELAY=0")).isEqualTo("jdbc:h2:file:./data/newsdesk;WRITE_DELAY=0");
        assertThat(DatabaseConnectionUrl.of("jdbc:mysql://db/newsdesk")).isEqualTo("jdbc:mysql://db/newsdesk");
    }
}
