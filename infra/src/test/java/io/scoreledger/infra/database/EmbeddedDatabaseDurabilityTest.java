package io.scoreledger.infra.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An event the service acknowledged is on disk: an OS crash or power loss after the answer cannot take it back. */
class EmbeddedDatabaseDurabilityTest extends ApplicationTest {

    @Autowired
    DataSource dataSource;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void givenEmbeddedDatabase_whenAskedForItsDurabilitySetting_thenItIsOn(String setting) {
        var value = new JdbcTemplate(dataSource).queryForObject("show " + setting, String.class);

        assertThat(value).as(setting).isEqualTo("on");
    }
}
