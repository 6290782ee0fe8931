package io.scoreledger.infra.audit;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.cli.CliTask;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.query.audit.AuditRepository;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditHttpTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENTS = "/api/v1/audit/events";
    private static final String EXPORT = "/api/v1/audit/events/export";
    private static final String VERIFY = "/api/v1/audit/verify";

    private static String acme;
    private static String globex;
    private static String acmeClient;
    private static String globexClient;
    private static String acmeAuditorToken;

    @Autowired
    AuditRepository chain;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier(VerifyAuditTask.NAME)
    CliTask verifyAudit;

    @BeforeEach
    void twoCompanies() {
        if (acme != null) {
            return;
        }
        var directory = new Directory(api());
        acme = directory.company("Audit Acme", "plus");
        globex = directory.company("Audit Globex", "plus");
        acmeClient = directory.client(acme, "Acme Initech");
        directory.client(acme, "Acme Umbrella");
        directory.client(acme, "Acme Hooli");
        globexClient = directory.client(globex, "Globex Client");
        acmeAuditorToken = directory.user(acme, "auditor").token();
        awaitChainOf(acme, 5);
        awaitChainOf(globex, 2);
    }

    @Test
    void givenAnAuditor_whenListingEvents_thenOnlyItsCompanysEventsNewestFirst() {
        var response = auditor().get(EVENTS);

        assertSuccess(response, 200);
        var items = items(response);
        assertThat(items).hasSizeGreaterThanOrEqualTo(5);
        assertThat(positions(items)).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(types(items)).contains("CompanyCreated", "ClientCreated", "UserRegistered");
        assertThat(response.body()).doesNotContain(globex, globexClient);
        var created = items.stream()
                .filter(i -> i.get("type").asText().equals("CompanyCreated"))
                .findFirst()
                .orElseThrow();
        var keys = new ArrayList<String>();
        created.fieldNames().forEachRemaining(keys::add);
        assertThat(keys)
                .containsExactly(
                        "eventId",
                        "position",
                        "type",
                        "timestamp",
                        "actor",
                        "actorKind",
                        "aggregateId",
                        "aggregateType",
                        "sequence",
                        "correlationId",
                        "requestId",
                        "payload");
        assertThat(created.get("aggregateId").asText()).isEqualTo(acme);
        assertThat(created.get("aggregateType").asText()).isEqualTo("Company");
        assertThat(created.get("sequence").asLong()).isZero();
        assertThat(created.get("payload").get("tenantId").asText()).isEqualTo(acme);
        assertThat(created.get("payload").get("name").asText()).isEqualTo("Audit Acme");
    }

    @Test
    void givenEventsHoldingSealedSecretsAndKeyHashes_whenListed_thenNeitherTheSealedNorTheClearValueIsShown() {
        var directory = new Directory(api());
        var tenant = directory.company("Audit Secrets", "plus");
        var rawKey = Directory.apiKey(api(), tenant, "clients:read");
        var webhook = api().post(
                        "/api/v3/companies/" + tenant + "/webhooks",
                        "{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"policy.created\"]}");
        assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);
        awaitChainOf(tenant, 3);

        var key = items(api().get(EVENTS + "?type=ApiKeyIssued&tenantId=" + tenant))
                .getFirst();
        var hook = items(api().get(EVENTS + "?type=WebhookCreated&tenantId=" + tenant))
                .getFirst();

        assertThat(key.get("payload").get("secretSha256").asText()).isEqualTo("[redacted]");
        assertThat(key.toString()).doesNotContain(rawKey.substring(rawKey.lastIndexOf('.') + 1));
        assertThat(hook.get("payload").get("sealedSecret").asText()).isEqualTo("[sealed]");
        var sealed = jdbc.queryForObject(
                "select convert_from(payload, 'UTF8') from domainevententry where globalindex = ?",
                String.class,
                hook.get("position").asLong());
        var sealedValue = json(sealed).get("sealedSecret").asText();
        assertThat(sealedValue).isNotBlank();
        assertThat(api().get(EXPORT + "?tenantId=" + tenant).body())
                .doesNotContain(sealedValue)
                .contains("[sealed]");
    }

    @Test
    void givenALimit_whenFollowingNextCursor_thenEveryEventOnceAndTheLastPageHasNoCursor() {
        var all = positions(items(auditor().get(EVENTS + "?limit=500")));

        var seen = new ArrayList<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var page = auditor().get(EVENTS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertSuccess(page, 200);
            assertThat(items(page)).hasSizeLessThanOrEqualTo(2);
            seen.addAll(positions(items(page)));
            var next = page.data().get("nextCursor");
            cursor = next.isNull() ? null : next.asText();
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(seen).isEqualTo(all);
        assertThat(pages).isEqualTo((all.size() + 1) / 2);
    }

    @Test
    void givenFilters_whenListing_thenOnlyMatchingEvents() {
        assertThat(types(items(auditor().get(EVENTS + "?type=ClientCreated"))))
                .containsOnly("ClientCreated")
                .hasSize(3);
        var ofClient = items(auditor().get(EVENTS + "?aggregateId=" + acmeClient));
        assertThat(ofClient)
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("aggregateId").asText()).isEqualTo(acmeClient));
        assertThat(items(auditor().get(EVENTS + "?aggregateId=" + globexClient)))
                .isEmpty();
        assertThat(items(auditor().get(EVENTS + "?from=2000-01-01&to=2999-12-31")))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(items(auditor().get(EVENTS + "?to=2000-01-01T00:00:00Z"))).isEmpty();
        assertThat(items(auditor().get(EVENTS + "?from=2999-01-01"))).isEmpty();
        assertThat(items(auditor().get(EVENTS + "?actor=usr_nobody"))).isEmpty();
    }

    @Test
    void givenBadParameters_whenListingOrExporting_thenValidationErrors() {
        for (var bad : List.of(
                "limit=0",
                "limit=501",
                "limit=ten",
                "cursor=-3",
                "cursor=abc",
                "from=2026-13-01",
                "to=yesterday",
                "from=2026-03-02&to=2026-03-01")) {
            var response = auditor().get(EVENTS + "?" + bad);
            assertError(response, 422, "VALIDATION_ERROR");
            String field = bad.startsWith("from=2026-03-02") ? "to" : bad.substring(0, bad.indexOf('='));
            assertThat(response.details().has(field)).as(bad + " " + response).isTrue();
        }
        assertError(auditor().get(EXPORT + "?from=March"), 422, "VALIDATION_ERROR");
        var format = auditor().get(EXPORT + "?format=xml");
        assertError(format, 422, "VALIDATION_ERROR");
        assertThat(format.details().has("format")).isTrue();
        assertError(auditor().send("GET", EXPORT, null, List.of("Accept", "application/xml")), 406, "NOT_ACCEPTABLE");
        for (var route : List.of(EVENTS, EXPORT, VERIFY)) {
            var withoutTenant = api().get(route);
            assertError(withoutTenant, 422, "VALIDATION_ERROR");
            assertThat(withoutTenant.details().has("tenantId")).isTrue();
        }
    }

    @Test
    void givenRolesAndKeysWithoutAuditRead_whenReadingTheAuditLog_thenForbidden() {
        var directory = new Directory(api());
        var companyUser = api().withToken(directory
                .user(acme, "company_user", List.of(acmeClient))
                .token());
        var admin = api().withToken(directory.user(acme, "msp_admin").token());
        var keyWithout = api().withToken(Directory.apiKey(api(), acme, "clients:read"));
        var keyWith = api().withToken(Directory.apiKey(api(), acme, "audit:read"));

        for (var route : List.of(EVENTS, EXPORT, VERIFY)) {
            assertError(companyUser.get(route), 403, "FORBIDDEN");
            assertError(keyWithout.get(route), 403, "FORBIDDEN");
            assertError(anonymous().get(route), 401, "UNAUTHORIZED");
            assertError(auditor().get(route + "?tenantId=" + globex), 403, "FORBIDDEN");
            assertThat(admin.get(route).status()).as(route).isEqualTo(200);
            assertThat(keyWith.get(route).status()).as(route).isEqualTo(200);
        }
        assertThat(api().get(EVENTS + "?tenantId=" + globex).body())
                .contains(globexClient)
                .doesNotContain(acme);
        assertError(
                auditor().send("GET", EXPORT + "?tenantId=" + globex, null, List.of("Accept", "text/csv")),
                403,
                "FORBIDDEN");
    }

    @Test
    void givenAnUntouchedEventStore_whenVerifying_thenVerifiedWithTheChainHeadAndTheCliTaskSaysSo() {
        var response = auditor().get(VERIFY);

        assertSuccess(response, 200);
        var result = response.data();
        var head = chain.head(new TenantId(acme));
        assertThat(result.get("verified").asBoolean()).as(response.toString()).isTrue();
        assertThat(result.get("checkedEvents").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(result.get("firstMismatchPosition").isNull()).isTrue();
        assertThat(result.get("reason").isNull()).isTrue();
        assertThat(result.get("chainHash").asText()).matches("[0-9a-f]{64}");
        assertThat(head.eventCount())
                .isGreaterThanOrEqualTo(result.get("checkedEvents").asLong());
        assertThat(verifyAudit.name()).isEqualTo("verify-audit");
        assertThat(verifyAudit.run(List.of(acme))).isZero();
        assertThat(verifyAudit.run(List.of("not-a-tenant"))).isEqualTo(1);
    }

    @Test
    void givenOneEventsPayloadEditedInTheEventStore_whenVerifying_thenItFailsAtExactlyThatPosition() {
        var directory = new Directory(api());
        var tenant = directory.company("Audit Tampered", "plus");
        directory.client(tenant, "Tamper Initech");
        directory.client(tenant, "Tamper Hooli");
        awaitChainOf(tenant, 3);
        var clientCreated = api().get(EVENTS + "?type=ClientCreated&tenantId=" + tenant);
        long edited = positions(items(clientCreated)).getLast();
        long before = positions(items(api().get(EVENTS + "?limit=500&tenantId=" + tenant))).stream()
                .filter(p -> p < edited)
                .count();
        assertThat(api().get(VERIFY + "?tenantId=" + tenant)
                        .data()
                        .get("verified")
                        .asBoolean())
                .isTrue();

        // The event store is shared by every test in this application; it is put back as it was, so that a later
        // rebuild replays the log the read models were made from.
        try {
            int updated = jdbc.update(
                    "update domainevententry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                            + "'Tamper Initech', 'Tamper Initrode'), 'UTF8') where globalindex = ?",
                    edited);
            assertThat(updated).isEqualTo(1);

            var response = api().get(VERIFY + "?tenantId=" + tenant);
            assertSuccess(response, 200);
            var result = response.data();
            assertThat(result.get("verified").asBoolean())
                    .as(response.toString())
                    .isFalse();
            assertThat(result.get("firstMismatchPosition").asLong()).isEqualTo(edited);
            assertThat(result.get("checkedEvents").asLong()).isEqualTo(before);
            assertThat(result.get("reason").asText()).isEqualTo(AuditChainVerifier.CHANGED);

            var printed = new ByteArrayOutputStream();
            var task = new VerifyAuditTask(verifier, new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(task.run(List.of(tenant))).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("NOT VERIFIED", "first_mismatch_position=" + edited);
            assertThat(verifyAudit.run(List.of(tenant))).isEqualTo(1);
            assertThat(api().get(VERIFY + "?tenantId=" + acme)
                            .data()
                            .get("verified")
                            .asBoolean())
                    .isTrue();
        } finally {
            jdbc.update(
                    "update domainevententry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                            + "'Tamper Initrode', 'Tamper Initech'), 'UTF8') where globalindex = ?",
                    edited);
        }
        assertThat(api().get(VERIFY + "?tenantId=" + tenant)
                        .data()
                        .get("verified")
                        .asBoolean())
                .as("put back, the event verifies again")
                .isTrue();
    }

    @Test
    void givenAnEventRemovedFromTheEventStore_whenVerifying_thenItFailsAtThatPosition() {
        var directory = new Directory(api());
        var tenant = directory.company("Audit Pruned", "plus");
        var client = directory.client(tenant, "Pruned Client");
        awaitChainOf(tenant, 2);
        long removed = positions(items(api().get(EVENTS + "?aggregateId=" + client + "&tenantId=" + tenant)))
                .getLast();

        var row = jdbc.queryForMap("select * from domainevententry where globalindex = ?", removed);
        assertThat(jdbc.update("delete from domainevententry where globalindex = ?", removed))
                .isEqualTo(1);
        try {
            var result = api().get(VERIFY + "?tenantId=" + tenant).data();
            assertThat(result.get("verified").asBoolean()).isFalse();
            assertThat(result.get("firstMismatchPosition").asLong()).isEqualTo(removed);
            assertThat(result.get("reason").asText()).isEqualTo(AuditChainVerifier.MISSING);
        } finally {
            jdbc.update(
                    "insert into domainevententry (" + String.join(", ", row.keySet()) + ") values ("
                            + String.join(", ", java.util.Collections.nCopies(row.size(), "?")) + ")",
                    row.values().toArray());
        }
        assertThat(api().get(VERIFY + "?tenantId=" + tenant)
                        .data()
                        .get("verified")
                        .asBoolean())
                .as("put back, the event verifies again")
                .isTrue();
    }

    @Test
    void givenMoreEventsThanOneExportPage_whenExportingNdjson_thenEveryEventStreamedAndTheTrailerCountsThem() {
        var directory = new Directory(api());
        var tenant = directory.company("Audit Export", "enterprise");
        var employees = IntStream.range(0, 600)
                .mapToObj(i -> "{\"email\": \"person" + i + "@export.example\"}")
                .toList();
        var upserted = api().send(
                        "PUT",
                        "/api/v1/employees",
                        "{\"tenantId\": \"" + tenant + "\", \"employees\": [" + String.join(",", employees) + "]}",
                        List.of("Content-Type", "application/json"));
        assertThat(upserted.status()).as(upserted.toString()).isEqualTo(200);
        awaitChainOf(tenant, 1201);

        var response =
                api().send("GET", EXPORT + "?tenantId=" + tenant, null, List.of("Accept", "application/x-ndjson"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/x-ndjson");
        var lines = response.body().lines().toList();
        var trailer = json(lines.getLast());
        var rows = lines.subList(0, lines.size() - 1).stream()
                .map(AuditHttpTest::json)
                .toList();
        assertThat(rows.size()).isGreaterThan(1000);
        assertThat(trailer.get("trailer").asBoolean()).isTrue();
        assertThat(trailer.get("count").asLong()).isEqualTo(rows.size());
        assertThat(trailer.get("position").asLong())
                .isEqualTo(rows.getFirst().get("position").asLong());
        assertThat(trailer.get("chainHash").asText())
                .isEqualTo(linkAt(trailer.get("position").asLong()));
        assertThat(rows.stream().map(r -> r.get("position").asLong()).toList())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a))
                .doesNotHaveDuplicates();
        assertThat(rows.stream().filter(r -> r.get("type").asText().equals("EmployeeRegistered")))
                .hasSize(600);
        assertThat(response.body()).doesNotContain(acme);
    }

    @Test
    void givenCsvAsked_whenExporting_thenAHeaderOneLinePerEventAndTheTrailerLine() {
        var byFormat = auditor().get(EXPORT + "?format=csv&type=ClientCreated");
        var byAccept = auditor().send("GET", EXPORT + "?type=ClientCreated", null, List.of("Accept", "text/csv"));

        for (var response : List.of(byFormat, byAccept)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/csv");
            var lines = response.body().lines().toList();
            assertThat(lines.getFirst())
                    .isEqualTo("position,eventId,type,timestamp,actor,actorKind,aggregateId,aggregateType,sequence,"
                            + "correlationId,requestId,payload");
            assertThat(lines.subList(1, lines.size() - 1))
                    .hasSize(3)
                    .allSatisfy(line -> assertThat(line)
                            .contains(",ClientCreated,")
                            .contains("\"{\"\"")
                            .doesNotContain(globex));
            assertThat(lines.getLast()).matches("# count=3 chain_hash=[0-9a-f]{64} position=\\d+");
        }
        var ndjson = auditor().get(EXPORT + "?type=ClientCreated");
        assertThat(ndjson.header("Content-Type")).startsWith("application/x-ndjson");
        assertThat(json(ndjson.body().lines().toList().getLast()).get("count").asLong())
                .isEqualTo(3);
    }

    private HttpApi auditor() {
        return api().withToken(acmeAuditorToken);
    }

    private void awaitChainOf(String tenant, long events) {
        await(
                () -> chain.head(new TenantId(tenant)).eventCount() >= events,
                () -> "the audit chain of " + tenant + " to hold " + events + " events; it holds "
                        + chain.head(new TenantId(tenant)).eventCount());
    }

    private String linkAt(long position) {
        return jdbc.queryForObject(
                "select link from read_model.audit_event where position = ?", String.class, position);
    }

    private static void await(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what.get());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static List<JsonNode> items(HttpApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var items = new ArrayList<JsonNode>();
        response.data().get("items").forEach(items::add);
        return items;
    }

    private static List<Long> positions(List<JsonNode> items) {
        return items.stream().map(i -> i.get("position").asLong()).toList();
    }

    private static List<String> types(List<JsonNode> items) {
        return items.stream().map(i -> i.get("type").asText()).toList();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
