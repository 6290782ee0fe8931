package io.scoreledger.infra.integration;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The proof that an integration's secrets are never at rest in clear: after one is configured, no text, json, array
 * or bytea column of any table in any schema (the event store included) contains them, nor does the log; yet the
 * sealed values stored in the event open back to them.
 */
@ExtendWith(OutputCaptureExtension.class)
class IntegrationSecretsAtRestTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecretSealer sealer;

    private record Column(String schema, String table, String column, String dataType) {

        String qualifiedTable() {
            return quote(schema) + "." + quote(table);
        }

        String quotedColumn() {
            return quote(column);
        }

        private static String quote(String identifier) {
            return "\"" + identifier.replace("\"", "\"\"") + "\"";
        }
    }

    private List<String> columnsContaining(List<Column> columns, String text) {
        var found = new ArrayList<String>();
        for (var column : columns) {
            long count = column.dataType().equals("bytea")
                    ? jdbc.queryForObject(
                            "select count(*) from " + column.qualifiedTable()
                                    + " where position(convert_to(?, 'UTF8') in " + column.quotedColumn() + ") > 0",
                            Long.class,
                            text)
                    : jdbc.queryForObject(
                            "select count(*) from " + column.qualifiedTable() + " where " + column.quotedColumn()
                                    + "::text like ?",
                            Long.class,
                            "%" + text + "%");
            if (count > 0) {
                found.add(column.qualifiedTable() + "." + column.quotedColumn());
            }
        }
        return found;
    }

    @Test
    void givenConfiguredCredential_whenScanningEveryColumnAndTheLog_thenSecretsOnlyAppearSealed(CapturedOutput output)
            throws Exception {
        var directory = new Directory(api());
        var companyId = directory.company("Secrets MSP", "enterprise");
        var clientId = directory.client(companyId, "Initech");
        var apiKey = "ApiKeyPlain" + UUID.randomUUID().toString().replace("-", "");
        var apiSecret = "ApiSecretPlain" + UUID.randomUUID().toString().replace("-", "");
        var created = api().post("/api/v3/companies/" + companyId + "/clients/" + clientId + "/api-keys", """
                {"type": "huntress", "name": "Huntress Security", "api_key": "%s", "api_secret": "%s",
                 "server_url": "https://huntress.example.com"}""".formatted(
                        apiKey, apiSecret));
        assertSuccess(created, 201);
        var credentialId = created.data().get("id").asText();

        var columns = jdbc.query(
                """
                        select table_schema, table_name, column_name, data_type
                        from information_schema.columns c
                        where table_schema not in ('pg_catalog', 'information_schema')
                          and table_schema not like 'pg_toast%'
                          and data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb',
                                            'ARRAY', 'USER-DEFINED')
                          and exists (select 1 from information_schema.tables t
                                      where t.table_schema = c.table_schema and t.table_name = c.table_name
                                        and t.table_type = 'BASE TABLE')""", (row, i) -> new Column(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
        assertThat(columns).extracting(Column::table).contains("domainevententry", "integration_credential");

        // The scan itself is checked: the server URL is stored in clear, so it must be found where it is.
        assertThat(columnsContaining(columns, "https://huntress.example.com"))
                .contains(
                        "\"public\".\"domainevententry\".\"payload\"",
                        "\"read_model\".\"integration_credential\".\"server_url\"");
        var matches = new ArrayList<String>();
        matches.addAll(columnsContaining(columns, apiKey));
        matches.addAll(columnsContaining(columns, apiSecret));
        assertThat(matches).isEmpty();
        assertThat(output.getAll()).doesNotContain(apiKey, apiSecret);

        var payload = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ? "
                        + "and sequencenumber = 0",
                String.class,
                credentialId);
        var event = JSON.readTree(payload);
        assertThat(event.get("sealedApiKey").asText()).isNotBlank().isNotEqualTo(apiKey);
        assertThat(sealer.open(event.get("sealedApiKey").asText())).isEqualTo(apiKey);
        assertThat(sealer.open(event.get("sealedApiSecret").asText())).isEqualTo(apiSecret);
    }
}
