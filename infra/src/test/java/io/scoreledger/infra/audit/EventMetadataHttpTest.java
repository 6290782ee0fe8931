package io.scoreledger.infra.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EventMetadataHttpTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void givenRequestAndCorrelationIds_whenTheOperatorCreatesACompany_thenItsEventCarriesThemWithTheActor()
            throws Exception {
        var response = api().send(
                        "POST",
                        "/api/v3/companies",
                        """
                {"name": "Metadata Co", "email": "it@%s.example", "subscription_package": "enterprise"}""".formatted(UUID.randomUUID()),
                        List.of(
                                "Content-Type",
                                "application/json",
                                "X-Request-Id",
                                "req-test-42",
                                "X-Correlation-Id",
                                "corr-7"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var companyId = response.data().get("id").asText();
        assertThat(response.headers().firstValue("X-Request-Id")).contains("req-test-42");

        var metadata = metadataOfFirstEvent(companyId);

        assertThat(metadata.get("actor").asText()).isEqualTo("operator");
        assertThat(metadata.get("actorKind").asText()).isEqualTo("OPERATOR");
        assertThat(metadata.get("tenant").asText()).isEqualTo(companyId);
        assertThat(metadata.get("requestId").asText()).isEqualTo("req-test-42");
        assertThat(metadata.get("callerCorrelationId").asText()).isEqualTo("corr-7");

        var audit = awaitAuditOf(companyId);
        assertThat(audit.get("actor").asText()).isEqualTo("operator");
        assertThat(audit.get("actorKind").asText()).isEqualTo("OPERATOR");
        assertThat(audit.get("requestId").asText()).isEqualTo("req-test-42");
        assertThat(audit.get("correlationId").asText()).isEqualTo("corr-7");
    }

    @Test
    void givenAUserWithoutIds_whenCreatingAClient_thenTheEventCarriesTheUserAndTheGeneratedRequestId()
            throws Exception {
        var directory = new Directory(api());
        var companyId = directory.company("Metadata User Co", "enterprise");
        var admin = directory.user(companyId, "msp_admin");

        var response = api().withToken(admin.token())
                .post("/api/v3/companies/" + companyId + "/clients", "{\"name\": \"Audited Client\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var requestId = response.headers().firstValue("X-Request-Id").orElseThrow();

        var metadata = metadataOfFirstEvent(response.data().get("id").asText());

        assertThat(requestId).startsWith("req_");
        assertThat(metadata.get("actor").asText()).isEqualTo(admin.userId());
        assertThat(metadata.get("actorKind").asText()).isEqualTo("USER");
        assertThat(metadata.get("tenant").asText()).isEqualTo(companyId);
        assertThat(metadata.get("requestId").asText()).isEqualTo(requestId);
        assertThat(metadata.get("callerCorrelationId").asText()).isEqualTo(requestId);
    }

    @Test
    void givenAnUnusableRequestId_whenCalling_thenANewOneIsIssued() {
        var response = api().send("GET", "/api/v3/companies", null, List.of("X-Request-Id", "has spaces; and=more"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id"))
                .get()
                .asString()
                .startsWith("req_");
    }

    /** The company's first entry in its audit log, once the audit-chain projection has it. */
    private JsonNode awaitAuditOf(String companyId) throws InterruptedException {
        var deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            var items = api().get("/api/v1/audit/events?tenantId=" + companyId)
                    .data()
                    .path("items");
            if (!items.isEmpty()) {
                return items.get(items.size() - 1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The company's events never reached its audit log");
    }

    private JsonNode metadataOfFirstEvent(String aggregateId) throws Exception {
        var metadata = jdbc.queryForObject(
                "select convert_from(metadata, 'UTF8') from domainevententry where aggregateidentifier = ?"
                        + " order by sequencenumber limit 1",
                String.class,
                aggregateId);
        return JSON.readTree(metadata);
    }
}
