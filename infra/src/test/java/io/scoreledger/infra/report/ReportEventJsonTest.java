package io.scoreledger.infra.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.report.ReportType;
import io.scoreledger.report.events.ReportGenerated;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Pins the stored JSON form of the report event, as Axon's serializer writes it, and reads it back. */
class ReportEventJsonTest extends ApplicationTest {

    @Autowired
    @Qualifier("axonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void theReportEventKeepsItsJsonForm() throws Exception {
        var pinned = Map.<Object, String>of(
                new ReportGenerated(
                        new TenantId("cmp_acme"),
                        new ReportId("rpt_one"),
                        ReportType.ASSESSMENT_DETAIL,
                        new AssessmentId("asm_one"),
                        42,
                        "ab12",
                        "c0ffee",
                        1234,
                        Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2026-03-02T10:00:00Z")),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"reportId\":{\"value\":\"rpt_one\"},\"reportType\":\"ASSESSMENT_DETAIL\",\"assessmentId\":{\"value\":\"asm_one\"},\"position\":42,\"chainHash\":\"ab12\",\"sha256\":\"c0ffee\",\"sizeBytes\":1234,\"asOf\":\"2026-03-01T09:00:00Z\",\"requestedAt\":\"2026-03-02T10:00:00Z\"}",
                new ReportGenerated(
                        new TenantId("cmp_acme"),
                        new ReportId("rpt_two"),
                        ReportType.BOARD_PACK,
                        null,
                        7,
                        null,
                        "c0ffee",
                        99,
                        Instant.parse("2026-03-01T09:00:00Z"),
                        Instant.parse("2026-03-02T10:00:00Z")),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"reportId\":{\"value\":\"rpt_two\"},\"reportType\":\"BOARD_PACK\",\"assessmentId\":null,\"position\":7,\"chainHash\":null,\"sha256\":\"c0ffee\",\"sizeBytes\":99,\"asOf\":\"2026-03-01T09:00:00Z\",\"requestedAt\":\"2026-03-02T10:00:00Z\"}");

        for (var entry : pinned.entrySet()) {
            var event = entry.getKey();
            assertThat(axonJson.readTree(axonJson.writeValueAsString(event)))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(axonJson.readTree(entry.getValue()));
            assertThat(axonJson.readValue(entry.getValue(), event.getClass())).isEqualTo(event);
        }
    }
}
