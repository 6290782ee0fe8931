package io.scoreledger.infra.report;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reports routes through the running application: generate, list, download, bad input and isolation. */
class ReportsHttpTest extends ApplicationTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;

    record Tenant(String id, String name, String token, String assessmentId, String riskyEmail) {}

    /** A company with a scored employee at risk, a completed assessment and a policy, seen by its msp_admin. */
    private Tenant tenant(String label) throws InterruptedException {
        var directory = new Directory(api());
        var name = label + " " + UUID.randomUUID().toString().substring(0, 8);
        var company = directory.company(name, "enterprise");
        var client = directory.client(company, label + " Client");
        var base = "/api/v3/companies/" + company + "/clients/" + client;
        assertSuccess(api().post(base + "/policies", "{\"title\": \"Acceptable Use\"}"), 201);
        var assessment = api().post(
                        base + "/assessment-events", "{\"name\": \"CIS baseline\", \"template_id\": \"tpl_cisv8\"}")
                .data()
                .get("id")
                .asText();
        assertSuccess(
                api().send(
                                "PUT",
                                base + "/assessment-events/" + assessment + "/answers",
                                """
                {"answers": [{"question_id": "CIS.1", "value": "yes"}, {"question_id": "CIS.2", "value": "no"}]}""",
                                List.of("Content-Type", "application/json")),
                200);
        assertSuccess(api().post(base + "/assessment-events/" + assessment + "/complete", null), 200);

        var risky = "risky-" + UUID.randomUUID().toString().substring(0, 8) + "@reports.example";
        assertSuccess(
                api().send(
                                "PUT",
                                "/api/v1/employees",
                                """
                {"tenantId": "%s", "employees": [{"email": "%s"}, {"email": "safe-%s"}]}""".formatted(company, risky, risky),
                                List.of("Content-Type", "application/json")),
                200);
        assertSuccess(
                api().post("/api/v1/signals", """
                {"tenantId": "%s", "signals": [{"externalId": "%s", "source": "proofpoint",
                 "type": "credential_submitted", "severity": "high", "occurredAt": "%s",
                 "employee": {"email": "%s"}}]}""".formatted(
                                company, UUID.randomUUID(), Instant.now().minus(1, ChronoUnit.DAYS), risky)),
                200);
        await(
                () -> api().get("/api/v1/dashboard/summary?tenantId=" + company),
                r -> r.data().get("employeeCount").asInt() == 2
                        && r.data().get("completedAssessments").asInt() == 1
                        && r.data().get("bandDistribution").toString().contains("\"count\":1"));
        var admin = directory.user(company, "msp_admin");
        return new Tenant(company, name, admin.token(), assessment, risky);
    }

    private HttpApi as(Tenant tenant) {
        return api().withToken(tenant.token());
    }

    private static String generate(HttpApi as, String tenantId, String type, String assessmentId) {
        var response = as.post("/api/v1/reports/generate", """
                {"tenantId": "%s", "reportType": "%s"%s}""".formatted(
                        tenantId, type, assessmentId == null ? "" : ", \"assessmentId\": \"" + assessmentId + "\""));
        assertSuccess(response, 201);
        assertThat(response.data().get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(response.header("Location"))
                .endsWith("/api/v1/reports/" + response.data().get("reportId").asText() + "/download");
        return response.data().get("reportId").asText();
    }

    private JsonNode listed(HttpApi as, String tenantId, String reportId) {
        var list = as.get("/api/v1/reports?tenantId=" + tenantId);
        assertSuccess(list, 200);
        for (var item : list.data().get("items")) {
            if (item.get("reportId").asText().equals(reportId)) {
                return item;
            }
        }
        throw new AssertionError("Not listed: " + reportId + " in " + list);
    }

    private HttpResponse<byte[]> download(String token, String tenantId, String reportId) {
        var request = HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/reports/" + reportId + "/download?tenantId=" + tenantId))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void givenATenantWithFigures_whenGeneratingABoardPack_thenItIsListedAndItsPdfShowsThePinnedFigures()
            throws Exception {
        var tenant = tenant("Board");
        var summary = as(tenant)
                .get("/api/v1/dashboard/summary?tenantId=" + tenant.id())
                .data();

        var reportId = generate(as(tenant), tenant.id(), "BOARD_PACK", tenant.assessmentId());

        var item = listed(as(tenant), tenant.id(), reportId);
        assertThat(item.get("reportType").asText()).isEqualTo("BOARD_PACK");
        assertThat(item.get("assessmentId").asText()).isEqualTo(tenant.assessmentId());
        assertThat(item.get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(item.get("position").asLong()).isPositive();
        assertThat(item.get("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(item.get("sizeBytes").asLong()).isPositive();
        var chainHash = item.get("chainHash").asText();
        assertThat(chainHash)
                .as("the tenant's audit chain link, kept by the audit-chain processor")
                .matches("[0-9a-f]{64}");
        assertThat(jdbc.queryForObject(
                        "select position from read_model.audit_event where tenant_id = ? and link = ?",
                        Long.class,
                        tenant.id(),
                        chainHash))
                .as("a link of this tenant's chain, through the pinned position")
                .isGreaterThanOrEqualTo(item.get("position").asLong());
        assertThat(Instant.parse(item.get("generatedAt").asText()))
                .as("the timestamp of the pinned event, not the request's")
                .isBeforeOrEqualTo(
                        Instant.parse(item.get("requestedAt").asText()).plusSeconds(1));

        var pdf = download(tenant.token(), tenant.id(), reportId);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment")
                .contains(reportId)
                .contains(".pdf");
        assertThat(pdf.headers().firstValue("ETag"))
                .hasValue("\"" + item.get("sha256").asText() + "\"");
        assertThat(pdf.headers().firstValue("X-Content-SHA256"))
                .hasValue(item.get("sha256").asText());
        assertThat(JdbcReportArchive.sha256(pdf.body()))
                .isEqualTo(item.get("sha256").asText());
        assertThat((long) pdf.body().length).isEqualTo(item.get("sizeBytes").asLong());

        var revalidated = CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/reports/" + reportId + "/download"))
                        .header("Authorization", "Bearer " + tenant.token())
                        .header("If-None-Match", "\"" + item.get("sha256").asText() + "\"")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);

        var text = text(pdf.body());
        assertThat(text)
                .contains(tenant.name())
                .contains("Overall score " + summary.get("overallScore").asInt() + " ("
                        + summary.get("riskLevel").asText() + ")")
                .contains("Event-log position " + item.get("position").asLong())
                .contains("Audit chain hash " + chainHash)
                .contains("Generated at " + item.get("generatedAt").asText().replace(".000Z", "Z"))
                .contains("Band distribution")
                .contains("green")
                .contains("Top risks")
                .contains(tenant.riskyEmail())
                .contains("Assessment results")
                .contains("CIS baseline")
                .contains("Policy status")
                .contains("Acceptable Use")
                .contains("Score trend");
        assertThat(text).doesNotContain(reportId);
    }

    @Test
    void givenNoNewEvents_whenGeneratingTwice_thenTheBytesAreTheSame_andANewEventChangesThem() throws Exception {
        var tenant = tenant("Twice");

        var first = generate(as(tenant), tenant.id(), "EXECUTIVE_SUMMARY", null);
        var second = generate(as(tenant), tenant.id(), "EXECUTIVE_SUMMARY", null);

        var one = listed(as(tenant), tenant.id(), first);
        var two = listed(as(tenant), tenant.id(), second);
        assertThat(second).isNotEqualTo(first);
        assertThat(two.get("position").asLong()).isEqualTo(one.get("position").asLong());
        assertThat(two.get("sha256").asText()).isEqualTo(one.get("sha256").asText());
        assertThat(download(tenant.token(), tenant.id(), second).body())
                .isEqualTo(download(tenant.token(), tenant.id(), first).body());

        new Directory(api()).client(tenant.id(), "One more client");
        var third = generate(as(tenant), tenant.id(), "EXECUTIVE_SUMMARY", null);

        var three = listed(as(tenant), tenant.id(), third);
        assertThat(three.get("position").asLong())
                .isGreaterThan(one.get("position").asLong());
        assertThat(three.get("sha256").asText()).isNotEqualTo(one.get("sha256").asText());
    }

    @Test
    void givenAnAssessment_whenGeneratingItsDetail_thenThePdfHoldsItsAnswers() throws Exception {
        var tenant = tenant("Detail");

        var reportId = generate(as(tenant), tenant.id(), "ASSESSMENT_DETAIL", tenant.assessmentId());

        var text = text(download(tenant.token(), tenant.id(), reportId).body());
        assertThat(text)
                .contains(tenant.name())
                .contains("Assessment: CIS baseline")
                .contains("CIS.1")
                .contains("yes");
    }

    @Test
    void givenAGeneratedReport_thenItIsAFactInTheEventLog_andItsStoredBytesCannotChange() throws Exception {
        var tenant = tenant("Fact");
        var reportId = generate(as(tenant), tenant.id(), "EXECUTIVE_SUMMARY", null);
        var item = listed(as(tenant), tenant.id(), reportId);

        var payload = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domainevententry where aggregateidentifier = ?"
                        + " and payloadtype = 'io.scoreledger.report.events.ReportGenerated'",
                String.class,
                reportId);
        assertThat(payload)
                .contains("\"sha256\":\"" + item.get("sha256").asText() + "\"")
                .contains("\"position\":" + item.get("position").asLong());

        assertThatThrownBy(() ->
                        jdbc.update("update report_document set content = ? where id = ?", new byte[] {1}, reportId))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("update report_document set chain_hash = 'x' where id = ?", reportId))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from report_document where id = ?", reportId))
                .isInstanceOf(DataAccessException.class);
        assertThat(JdbcReportArchive.sha256(
                        download(tenant.token(), tenant.id(), reportId).body()))
                .isEqualTo(item.get("sha256").asText());
    }

    @Test
    void givenBadInput_whenGenerating_thenTheSeedsErrorEnvelope() throws Exception {
        var tenant = tenant("Bad");
        var other = tenant("Other");
        var as = as(tenant);

        var unknownType = as.post(
                "/api/v1/reports/generate",
                "{\"tenantId\": \"%s\", \"reportType\": \"WEEKLY\"}".formatted(tenant.id()));
        assertError(unknownType, 422, "VALIDATION_ERROR");
        assertThat(unknownType.details().get("reportType").get(0).asText()).contains("BOARD_PACK");

        var noType = as.post("/api/v1/reports/generate", "{\"tenantId\": \"%s\"}".formatted(tenant.id()));
        assertError(noType, 422, "VALIDATION_ERROR");
        assertThat(noType.details().has("reportType")).isTrue();

        var detailWithoutAssessment = as.post(
                "/api/v1/reports/generate",
                "{\"tenantId\": \"%s\", \"reportType\": \"ASSESSMENT_DETAIL\"}".formatted(tenant.id()));
        assertError(detailWithoutAssessment, 422, "VALIDATION_ERROR");
        assertThat(detailWithoutAssessment.details().has("assessmentId")).isTrue();

        for (var assessment : List.of("asm_doesNotExist", "not-an-id", other.assessmentId())) {
            var response = as.post("/api/v1/reports/generate", """
                    {"tenantId": "%s", "reportType": "ASSESSMENT_DETAIL", "assessmentId": "%s"}""".formatted(tenant.id(), assessment));
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("assessmentId")).as(assessment).isTrue();
        }

        var foreignTenant = as.post(
                "/api/v1/reports/generate",
                "{\"tenantId\": \"%s\", \"reportType\": \"BOARD_PACK\"}".formatted(other.id()));
        assertError(foreignTenant, 403, "FORBIDDEN");
        assertThat(foreignTenant.json().path("error").path("message").asText())
                .isEqualTo("You are not authorized for this tenant context.");

        var unknownField = as.post(
                "/api/v1/reports/generate",
                "{\"tenantId\": \"%s\", \"reportType\": \"BOARD_PACK\", \"color\": \"red\"}".formatted(tenant.id()));
        assertError(unknownField, 422, "VALIDATION_ERROR");

        assertError(as.post("/api/v1/reports/generate", "{not json"), 400, "BAD_REQUEST");

        var auditor = new Directory(api()).user(tenant.id(), "auditor");
        assertError(
                api().withToken(auditor.token()).post("/api/v1/reports/generate", "{\"reportType\": \"BOARD_PACK\"}"),
                403,
                "FORBIDDEN");
        assertError(
                anonymous().post("/api/v1/reports/generate", "{\"reportType\": \"BOARD_PACK\"}"), 401, "UNAUTHORIZED");

        assertThat(as.get("/api/v1/reports?tenantId=" + tenant.id()).data().get("items"))
                .isEmpty();
    }

    @Test
    void givenTwoTenants_whenListingAndDownloading_thenEachSeesOnlyItsOwnReports() throws Exception {
        var acme = tenant("Acme");
        var globex = tenant("Globex");
        var acmeReport = generate(as(acme), acme.id(), "EXECUTIVE_SUMMARY", null);
        var globexReport = generate(as(globex), globex.id(), "EXECUTIVE_SUMMARY", null);

        var acmeList = as(acme).get("/api/v1/reports");
        assertSuccess(acmeList, 200);
        assertThat(acmeList.data().get("items"))
                .extracting(i -> i.get("reportId").asText())
                .contains(acmeReport)
                .doesNotContain(globexReport);
        assertError(as(acme).get("/api/v1/reports?tenantId=" + globex.id()), 403, "FORBIDDEN");

        var foreign = download(acme.token(), acme.id(), globexReport);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(new String(foreign.body())).contains("\"code\":\"NOT_FOUND\"");
        assertThat(download(acme.token(), globex.id(), globexReport).statusCode())
                .isEqualTo(403);
        assertThat(download(acme.token(), acme.id(), "rpt_doesNotExist").statusCode())
                .isEqualTo(404);
        assertThat(download(acme.token(), acme.id(), "not-a-report").statusCode())
                .isEqualTo(404);
        var pdfOnly = CLIENT.send(
                HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/v1/reports/rpt_doesNotExist/download"))
                        .header("Authorization", "Bearer " + acme.token())
                        .header("Accept", "application/pdf")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pdfOnly.statusCode())
                .as("the error envelope even to a client that accepts only PDF")
                .isEqualTo(404);
        assertThat(pdfOnly.body()).contains("\"code\":\"NOT_FOUND\"");

        var auditor = new Directory(api()).user(acme.id(), "auditor");
        assertThat(download(auditor.token(), acme.id(), acmeReport).statusCode())
                .as("reports:read")
                .isEqualTo(200);
        assertThat(download(OPERATOR_TOKEN, globex.id(), globexReport).statusCode())
                .isEqualTo(200);
        assertThat(api().get("/api/v1/reports?tenantId=" + globex.id()).data().get("items"))
                .extracting(i -> i.get("reportId").asText())
                .containsExactly(globexReport);
    }

    private static HttpApi.Response await(Supplier<HttpApi.Response> read, Predicate<HttpApi.Response> ready)
            throws InterruptedException {
        var deadline = Instant.now().plusSeconds(10);
        var response = read.get();
        while (!ready.test(response) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            response = read.get();
        }
        assertThat(ready.test(response)).as(response.toString()).isTrue();
        return response;
    }
}
