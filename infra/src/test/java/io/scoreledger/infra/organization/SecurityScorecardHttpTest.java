package io.scoreledger.infra.organization;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.commands.UpsertEmployees;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.organization.queries.GetOrganizationScore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SecurityScorecardHttpTest extends ApplicationTest {

    private static final String INGEST = "/api/v1/integrations/securityscorecard/signal-ingest";

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    private Directory directory;
    private String company;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Scorecard MSP", "enterprise");
    }

    private String issues(String tenant, String... items) {
        return "{\"tenantId\": \"" + tenant + "\", \"signals\": [" + String.join(",", items) + "]}";
    }

    private static String issue(String id, String severity, String domain) {
        var now = Instant.now().minusSeconds(60).toString();
        return """
                {"id": "%s", "issueType": "patching_cadence_high", "factor": "patching_cadence", "severity": "%s",
                 "firstSeen": "%s", "lastSeen": "%s", "domain": "%s"}""".formatted(id, severity, now, now, domain);
    }

    @Test
    void givenNoIssues_whenIngesting_thenTheSeedsEmptyAnswer() {
        var response = api().post(INGEST, issues(company));

        assertSuccess(response, 200);
        assertThat(response.data().get("ingested").asInt()).isZero();
        assertThat(response.data().get("linked").asInt()).isZero();
    }

    @Test
    void givenAnEmployeeOnTheIssuesDomain_whenIngesting_thenLinkedCountedScoredAndRepeatsIgnored() throws Exception {
        commands.sendAndWait(new UpsertEmployees(
                new TenantId(company),
                List.of(new UpsertEmployees.Employee(
                        EmployeeId.mint(), false, "it@scorecard-msp.example", "IT", null, null)),
                Instant.now()));
        var body = issues(
                company, issue("ssc-1", "high", "scorecard-msp.example"), issue("ssc-2", "info", "other.example"));

        var first = api().post(INGEST, body);

        assertSuccess(first, 200);
        assertThat(first.data().get("ingested").asInt()).isEqualTo(2);
        assertThat(first.data().get("linked").asInt()).isEqualTo(1);
        var again = api().post(INGEST, body);
        assertThat(again.data().get("ingested").asInt()).isZero();
        assertThat(again.data().get("linked").asInt()).isZero();
        var deadline = Instant.now().plus(Duration.ofSeconds(5));
        GetOrganizationScore.Result score;
        do {
            score = queries.query(new GetOrganizationScore(new TenantId(company)), GetOrganizationScore.Result.class)
                    .join();
        } while ((score.score() == null || score.findings() < 2)
                && Instant.now().isBefore(deadline));
        assertThat(score).isEqualTo(new GetOrganizationScore.Result(90, 2));
    }

    @Test
    void givenMalformedIssues_whenIngesting_thenValidationErrorsPerField() {
        var response = api().post(
                        INGEST,
                        issues(
                                company,
                                "{\"id\": \"a\", \"issueType\": \"x\", \"severity\": \"severe\", \"lastSeen\": \"yesterday\", \"domain\": \"d.example\"}",
                                "{\"issueType\": \"x\", \"severity\": \"low\", \"lastSeen\": \"2026-01-01T00:00:00Z\"}"));

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("signals[0].severity")).isTrue();
        assertThat(response.details().has("signals[0].lastSeen")).isTrue();
        assertThat(response.details().has("signals[1].id")).isTrue();
        assertThat(response.details().has("signals[1].domain")).isTrue();
        assertError(api().post(INGEST, "{\"tenantId\": \"" + company + "\"}"), 422, "VALIDATION_ERROR");
    }

    @Test
    void givenUnknownCompany_whenTheOperatorIngests_thenNotFound() {
        assertError(
                api().post(INGEST, issues("cmp_noSuchCompany000000", issue("ssc-1", "low", "x.example"))),
                404,
                "NOT_FOUND");
    }

    @Test
    void givenCredentialsWithoutTheScopeOrForAnotherTenant_whenIngesting_thenRefused() {
        var admin = api().withToken(directory.user(company, "msp_admin").token());
        var readOnlyKey = api().withToken(Directory.apiKey(admin, company, "read:dashboard"));
        var ingestKey = api().withToken(Directory.apiKey(admin, company, "signals:write"));
        var other = directory.company("Other", "plus");

        assertError(readOnlyKey.post(INGEST, issues(company)), 403, "FORBIDDEN");
        assertError(ingestKey.post(INGEST, issues(other, issue("ssc-9", "low", "x.example"))), 403, "FORBIDDEN");
        assertSuccess(ingestKey.post(INGEST, issues(company, issue("ssc-9", "low", "x.example"))), 200);
        assertError(anonymous().post(INGEST, issues(company)), 401, "UNAUTHORIZED");
    }
}
