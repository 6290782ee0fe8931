package io.scoreledger.infra.employee;

import static io.scoreledger.infra.employee.ScoreTesting.eventually;
import static io.scoreledger.infra.employee.ScoreTesting.put;
import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PUT /api/v1/employees, POST /api/v1/signals and POST /api/v1/signals/{id}/dispute: shapes, limits and access. */
class SignalsHttpTest extends ApplicationTest {

    private Directory directory;
    private String company;
    private String otherCompany;
    private HttpApi admin;
    private HttpApi writer;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Signals MSP", "enterprise");
        otherCompany = directory.company("Other MSP", "enterprise");
        admin = api().withToken(directory.user(company, "msp_admin").token());
        writer = api().withToken(Directory.apiKey(admin, company, "employees:write", "signals:write", "scores:read"));
    }

    private static String signal(String externalId, String type, String severity, String occurredAt, String employee) {
        return """
                {"externalId": "%s", "source": "knowbe4", "type": "%s", "severity": "%s", "occurredAt": "%s", "employee": %s}""".formatted(externalId, type, severity, occurredAt, employee);
    }

    private static String email(String local) {
        return local + "-" + UUID.randomUUID() + "@acme.example";
    }

    @Test
    void givenNewAndKnownEmployees_whenUpserted_thenIdsInBatchOrderWithCreatedAndUpdatedCounts() {
        var ann = email("ann");
        var clientId = directory.client(company, "Initech");
        var first = put(writer, "/api/v1/employees", """
                {"employees": [{"email": "%s", "name": "Ann", "department": "Engineering", "clientId": "%s"},
                               {"id": "emp_givenByCaller0001", "email": "%s"}]}""".formatted(ann, clientId, email("bob")));

        assertSuccess(first, 200);
        assertThat(first.data().get("created").asInt()).isEqualTo(2);
        assertThat(first.data().get("updated").asInt()).isZero();
        assertThat(first.data().get("ids")).hasSize(2);
        assertThat(first.data().get("ids").get(1).asText()).isEqualTo("emp_givenByCaller0001");
        var annId = first.data().get("ids").get(0).asText();
        assertThat(annId).matches("emp_[0-9A-Za-z]{20}");

        var second = put(writer, "/api/v1/employees", """
                {"employees": [{"email": "%s", "name": "Ann Smith", "department": "Sales"}]}""".formatted(ann));

        assertSuccess(second, 200);
        assertThat(second.data().get("ids").get(0).asText()).isEqualTo(annId);
        assertThat(second.data().get("created").asInt()).isZero();
        assertThat(second.data().get("updated").asInt()).isEqualTo(1);
        var detail = eventually(
                () -> writer.get("/v1/scores/employees/" + annId),
                r -> r.status() == 200
                        && "Sales".equals(r.json().path("department").asText()));
        assertThat(detail.json().get("department").asText())
                .as(detail.toString())
                .isEqualTo("Sales");
        assertThat(detail.json().get("score").asInt()).isEqualTo(100);
        assertThat(detail.json().get("band").asText()).isEqualTo("green");
    }

    @Test
    void givenBadEmployees_whenUpserted_thenUnprocessableWithEachFieldNamed() {
        var response = put(writer, "/api/v1/employees", """
                {"employees": [{"email": "ok@acme.example"}, {"email": "ok@acme.example"},
                               {"email": "nope", "id": "bad"}, {"name": "No Email", "clientId": "cli_unknown000000000000"}]}""");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "employees[1].email", "employees[2].email", "employees[2].id", "employees[3].email");

        var unknownClient = put(writer, "/api/v1/employees", """
                {"employees": [{"email": "%s", "clientId": "cli_unknown000000000000"}]}""".formatted(email("x")));
        assertError(unknownClient, 422, "VALIDATION_ERROR");
        assertThat(unknownClient.details().has("employees[0].clientId")).isTrue();

        assertError(put(writer, "/api/v1/employees", "{\"employees\": []}"), 422, "VALIDATION_ERROR");
        assertError(put(writer, "/api/v1/employees", "{}"), 422, "VALIDATION_ERROR");
        assertError(
                put(writer, "/api/v1/employees", "{\"employees\": [{\"email\": \"a@b.co\", \"age\": 3}]}"),
                422,
                "VALIDATION_ERROR");
        var tooMany = String.join(",", Collections.nCopies(1001, "{\"email\": \"a@acme.example\"}"));
        var oversized = put(writer, "/api/v1/employees", "{\"employees\": [" + tooMany + "]}");
        assertError(oversized, 422, "VALIDATION_ERROR");
        assertThat(oversized.details().has("employees")).isTrue();
    }

    @Test
    void givenAMixedBatch_whenIngested_thenMalformedItemsRejectedByIndexAndTheRestRecorded() {
        var now = Instant.now();
        var ok = now.minus(Duration.ofHours(1)).toString();
        var known = email("known");
        var knownId = put(writer, "/api/v1/employees", "{\"employees\": [{\"email\": \"%s\"}]}".formatted(known))
                .data()
                .get("ids")
                .get(0)
                .asText();
        var items = List.of(
                signal("a1", "phishing_click", "high", ok, "{\"email\": \"%s\"}".formatted(known)),
                signal("a2", "zero_day", "high", ok, "{\"email\": \"%s\"}".formatted(known)),
                signal("a3", "phishing_click", "severe", ok, "{\"email\": \"%s\"}".formatted(known)),
                signal("a4", "phishing_click", "high", "last tuesday", "{\"email\": \"%s\"}".formatted(known)),
                signal(
                        "a5",
                        "phishing_click",
                        "high",
                        now.plus(Duration.ofMinutes(10)).toString(),
                        "{\"id\": \"%s\"}".formatted(knownId)),
                signal("a6", "phishing_click", "high", ok, "{}"),
                signal(
                        "a7",
                        "phishing_click",
                        "high",
                        ok,
                        "{\"email\": \"%s\", \"id\": \"%s\"}".formatted(known, knownId)),
                signal("a8", "phishing_click", "high", ok, "{\"id\": \"not-an-id\"}"),
                signal("", "phishing_click", "high", ok, "{\"id\": \"%s\"}".formatted(knownId)),
                signal(
                        "a10",
                        "mfa_enabled",
                        "low",
                        now.plus(Duration.ofMinutes(1)).toString(),
                        "{\"id\": \"%s\"}".formatted(knownId)));

        var response = writer.post("/api/v1/signals", "{\"signals\": [" + String.join(",", items) + "]}");

        assertSuccess(response, 200);
        var data = response.data();
        assertThat(data.get("ingested").asInt()).isEqualTo(2);
        assertThat(data.get("duplicates").asInt()).isZero();
        assertThat(data.get("linked").asInt()).isEqualTo(2);
        var indexes = new ArrayList<Integer>();
        data.get("rejected").forEach(r -> {
            indexes.add(r.get("index").asInt());
            assertThat(r.get("code").asText()).isEqualTo("VALIDATION_ERROR");
            assertThat(r.get("message").asText()).isNotBlank();
        });
        assertThat(indexes).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(data.get("rejected").get(0).get("message").asText())
                .contains("zero_day", "phishing_click", "mfa_enabled");
        assertThat(data.get("rejected").get(3).get("message").asText()).contains("future");
    }

    @Test
    void givenAnEmployeeIdNotOfTheTenant_whenSignalled_thenRejectedByTheCommandAndReportedWithTheOthers() {
        var ok = Instant.now().minus(Duration.ofMinutes(30)).toString();
        var response = writer.post(
                "/api/v1/signals",
                "{\"signals\": [%s, %s]}"
                        .formatted(
                                signal("b1", "phishing_click", "high", ok, "{\"id\": \"emp_nobodyAtAll000000001\"}"),
                                signal(
                                        "b2",
                                        "phishing_click",
                                        "high",
                                        ok,
                                        "{\"email\": \"%s\"}".formatted(email("fresh")))));

        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt()).isEqualTo(1);
        assertThat(response.data().get("rejected")).hasSize(1);
        assertThat(response.data().get("rejected").get(0).get("index").asInt()).isZero();
    }

    @Test
    void givenEmptyOrOversizedBatches_whenIngested_thenUnprocessable() {
        var ok = Instant.now().toString();
        var one = signal("c", "phishing_click", "high", ok, "{\"email\": \"a@acme.example\"}");

        var empty = writer.post("/api/v1/signals", "{\"signals\": []}");
        assertError(empty, 422, "VALIDATION_ERROR");
        assertThat(empty.details().has("signals")).isTrue();
        assertError(writer.post("/api/v1/signals", "{}"), 422, "VALIDATION_ERROR");
        assertError(
                writer.post(
                        "/api/v1/signals", "{\"signals\": [" + String.join(",", Collections.nCopies(1001, one)) + "]}"),
                422,
                "VALIDATION_ERROR");
        assertError(
                writer.post("/api/v1/signals", "{\"signals\": [" + one.replace("\"source\"", "\"sauce\"") + "]}"),
                422,
                "VALIDATION_ERROR");
        assertError(writer.post("/api/v1/signals", "{\"signals\": "), 400, "BAD_REQUEST");
    }

    @Test
    void givenDisputes_whenTheSignalOrReasonIsWrong_thenNotFoundOrUnprocessable() {
        assertError(
                writer.post("/api/v1/signals/sig_doesNotExist000000001/dispute", "{\"reason\": \"scanner\"}"),
                404,
                "NOT_FOUND");
        assertError(writer.post("/api/v1/signals/not-a-signal/dispute", "{\"reason\": \"scanner\"}"), 404, "NOT_FOUND");
        var missing = writer.post("/api/v1/signals/sig_doesNotExist000000001/dispute", "{}");
        assertError(missing, 422, "VALIDATION_ERROR");
        assertThat(missing.details().has("reason")).isTrue();
        assertError(
                writer.post(
                        "/api/v1/signals/sig_doesNotExist000000001/dispute",
                        "{\"reason\": \"" + "x".repeat(501) + "\"}"),
                422,
                "VALIDATION_ERROR");
    }

    @Test
    void givenAnotherTenantsSignal_whenDisputed_thenNotFound() {
        var otherAdmin =
                api().withToken(directory.user(otherCompany, "msp_admin").token());
        var otherWriter = api().withToken(
                        Directory.apiKey(otherAdmin, otherCompany, "signals:write", "employees:write", "scores:read"));
        var id = put(otherWriter, "/api/v1/employees", "{\"employees\": [{\"email\": \"%s\"}]}".formatted(email("o")))
                .data()
                .get("ids")
                .get(0)
                .asText();
        otherWriter.post(
                "/api/v1/signals",
                "{\"signals\": [%s]}"
                        .formatted(signal(
                                "o1",
                                "phishing_click",
                                "high",
                                Instant.now().minusSeconds(60).toString(),
                                "{\"id\": \"%s\"}".formatted(id))));
        var detail = eventually(
                () -> otherWriter.get("/v1/scores/employees/" + id),
                r -> r.status() == 200 && r.json().get("signals").size() == 1);
        var signalId = detail.json().get("signals").get(0).get("signal_id").asText();

        assertError(
                writer.post("/api/v1/signals/" + signalId + "/dispute", "{\"reason\": \"not ours\"}"),
                404,
                "NOT_FOUND");
    }

    @Test
    void givenCredentials_whenWritingWithoutTheScopeOrForAnotherTenant_thenRefused() {
        var ok = Instant.now().toString();
        var body =
                "{\"signals\": [" + signal("d", "phishing_click", "high", ok, "{\"email\": \"a@acme.example\"}") + "]}";
        var employees = "{\"employees\": [{\"email\": \"a@acme.example\"}]}";
        var readOnly = api().withToken(Directory.apiKey(admin, company, "scores:read"));
        var companyUser =
                api().withToken(directory.user(company, "company_user").token());

        for (var refused : List.of(readOnly, companyUser)) {
            assertError(refused.post("/api/v1/signals", body), 403, "FORBIDDEN");
            assertError(put(refused, "/api/v1/employees", employees), 403, "FORBIDDEN");
            assertError(refused.post("/api/v1/signals/sig_abc/dispute", "{\"reason\": \"x\"}"), 403, "FORBIDDEN");
        }
        var denied = readOnly.post("/api/v1/signals", body);
        assertThat(denied.json().path("error").path("message").asText()).contains("signals:write");

        assertError(writer.post("/api/v1/signals?tenantId=" + otherCompany, body), 403, "FORBIDDEN");
        assertError(
                writer.post(
                        "/api/v1/signals",
                        body.replace("{\"signals\"", "{\"tenantId\": \"" + otherCompany + "\", \"signals\"")),
                403,
                "FORBIDDEN");
        assertError(put(writer, "/api/v1/employees?tenantId=" + otherCompany, employees), 403, "FORBIDDEN");
        assertError(
                writer.post("/api/v1/signals/sig_abc/dispute?tenantId=" + otherCompany, "{\"reason\": \"x\"}"),
                403,
                "FORBIDDEN");

        assertError(anonymous().post("/api/v1/signals", body), 401, "UNAUTHORIZED");
        assertError(put(anonymous(), "/api/v1/employees", employees), 401, "UNAUTHORIZED");
        assertError(anonymous().post("/api/v1/signals/sig_abc/dispute", "{\"reason\": \"x\"}"), 401, "UNAUTHORIZED");
    }

    @Test
    void givenTheOperator_whenWriting_thenTheTenantMustBeNamed() {
        var employees = "{\"employees\": [{\"email\": \"%s\"}]}".formatted(email("op"));

        assertError(put(api(), "/api/v1/employees", employees), 422, "VALIDATION_ERROR");
        var named = put(api(), "/api/v1/employees?tenantId=" + company, employees);
        assertSuccess(named, 200);
        assertThat(named.data().get("created").asInt()).isEqualTo(1);
        var byHeader = api().send(
                        "PUT",
                        "/api/v1/employees",
                        "{\"employees\": [{\"email\": \"%s\"}]}".formatted(email("op2")),
                        List.of("Content-Type", "application/json", "x-tenant-id", company));
        assertSuccess(byHeader, 200);
    }
}
