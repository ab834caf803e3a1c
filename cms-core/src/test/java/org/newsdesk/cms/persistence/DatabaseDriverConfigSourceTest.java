package org.newsdesk.cms.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseDriverConfigSourceTest {

    @Test
    void postgresqlUrlGetsThePostgresqlDriver() {
        assertThat(DatabaseDriverConfigSource.driverFor("jdbc:postgresql://h/db")).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    }

    @Test
    void h2UrlGetsTheH2Driver() {
        assertThat(DatabaseDriverConfigSource.driverFor("jdbc:h2:file:./data/x")).isEqualTo("org.h2.jdbcx.JdbcDataSource");
        assertThat(DatabaseDriverConfigSource.driverFor("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("org.h2.jdbcx.JdbcDataSource");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:mysql://h/db", "jdbc:oracle:thin:@h:1521:db", "postgresql://h/db", "", "jdbc:"})
    void unknownUrlGivesNoDriverSoTheConfiguredDefaultApplies(String url) {
        assertThat(DatabaseDriverConfigSource.driverFor(url)).isNull();
    }

    @Test
    void answersOnlyForTheDriverAndConnectionUrlAndRanksBelowEveryOtherSource() {
        DatabaseDriverConfigSource source = new DatabaseDriverConfigSource();

        assertThat(source.getPropertyNames()).containsExactlyInAnyOrder("cms.db.driver", "cms.db.connection-url");
        assertThat(source.getValue("cms.db.url")).isNull();
        // system properties rank 400, environment 300, microprofile-config.properties 100
        assertThat(source.getOrdinal()).isLessThan(100);
    }
}
