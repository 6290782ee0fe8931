package io.scoreledger.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.infra.support.TestJwts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every write route the OpenAPI document lists gets generated requests from two tenants' administrators: hostile
 * bodies ({@link HostileInput}), path ids that are the caller's own, the other tenant's, or malformed bytes, and a
 * foreign or malformed ?tenantId. Whatever arrives, the answer is the envelope with a 2xx or 4xx, and once the
 * dust settles every processor has applied every event with nothing parked. A failing request is shrunk and
 * printed with the seed that reproduces it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WriteRoutesFuzzTest extends ApplicationTest {

    private static final int EXAMPLES_PER_ROUTE = 16;
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> MALFORMED_SEGMENTS = List.of(
            "%00",
            "%0A%0D",
            "%FF%FE",
            "%C0%AF",
            "..%2F..%2Fetc",
            "%F0%9F%98%80",
            "x".repeat(2_000),
            "%25",
            "'%20OR%201=1",
            "%E2%80%AE",
            "-1",
            "99999999999999999999");

    private final List<Tenant> tenants = new ArrayList<>();
    private Set<String> deadLettersBefore;
    private JsonNode document;

    record Tenant(String companyId, Directory.Member admin, Map<String, String> ids) {}

    record Probe(String method, String path, String body, List<String> headers, Tenant as) {
        @Override
        public String toString() {
            var shown = body == null
                    ? ""
                    : body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + ")" : body;
            return method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path) + " " + headers + " as "
                    + as.companyId() + " " + shown;
        }
    }

    @BeforeAll
    void twoTenantsWithSomethingOfEverything() {
        document = anonymous().get("/v3/api-docs").json();
        deadLettersBefore = deadLetterIds();
        for (var label : List.of("Fuzz A", "Fuzz B")) {
            tenants.add(tenant(label + " " + UUID.randomUUID().toString().substring(0, 8)));
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyWriteRouteAnswersTheEnvelopeWithA2xxOr4xx() {
        var routes = new ArrayList<DynamicTest>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (WRITES.contains(operation.getKey())) {
                        var method = operation.getKey().toUpperCase();
                        routes.add(DynamicTest.dynamicTest(
                                method + " " + path.getKey(),
                                () -> qt().withExamples(EXAMPLES_PER_ROUTE)
                                        .withShrinkCycles(30)
                                        .forAll(probes(method, path.getKey(), operation.getValue()))
                                        .checkAssert(this::answersTheEnvelope)));
                    }
                }));
        assertThat(routes).as("write routes in the document").hasSizeGreaterThan(30);
        return routes.stream();
    }

    @Test
    @Order(2)
    void afterTheFuzz_everyProcessorAppliedEveryEventAndNothingWasParked() throws InterruptedException {
        var head = api().get("/api/v1/operator/projections").data().path("head").asLong();

        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
        var behind = processorsBehind(head);
        while (!behind.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            behind = processorsBehind(head);
        }

        assertThat(behind)
                .as("processors short of the head " + head + " after the fuzz")
                .isEmpty();
        assertThat(deadLetterIds()).as("dead letters parked by the fuzz").isEqualTo(deadLettersBefore);
    }

    private void answersTheEnvelope(Probe probe) {
        var response = HttpApi.at(
                        port,
                        TestJwts.forUser(
                                probe.as().admin().subject(), probe.as().admin().email()))
                .send(probe.method(), probe.path(), probe.body(), probe.headers());

        assertThat(response.status()).as(probe + " -> " + response).isBetween(200, 499);
        if (response.status() == 204) {
            return;
        }
        var json = response.json();
        assertThat(json.path("success").isBoolean())
                .as("envelope: " + probe + " -> " + response)
                .isTrue();
        if (response.status() >= 400) {
            assertThat(json.path("success").asBoolean())
                    .as(probe + " -> " + response)
                    .isFalse();
            assertThat(json.path("error").path("code").asText())
                    .as(probe + " -> " + response)
                    .isNotBlank();
        }
    }

    private Gen<Probe> probes(String method, String template, JsonNode operation) {
        var components = document.path("components").path("schemas");
        var schema = operation
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema");
        Gen<String> body =
                schema.isMissingNode() ? Generate.constant((String) null) : HostileInput.body(schema, components);
        Gen<List<String>> headers = schema.isMissingNode()
                ? Generate.constant(List.of())
                : Generate.frequency(
                        Pair.of(8, Generate.constant(List.of("Content-Type", "application/json"))),
                        Pair.of(
                                1,
                                Generate.pick(List.of(
                                        List.of("Content-Type", "text/plain"),
                                        List.of("Content-Type", "application/json; charset=ISO-8859-1"),
                                        List.of("Content-Type", "application/xml"),
                                        List.of()))));
        Gen<Tenant> caller = Generate.pick(tenants);
        boolean takesTenantId = false;
        for (var parameter : operation.path("parameters")) {
            takesTenantId |= parameter.path("name").asText().equals("tenantId");
        }
        boolean tenantQuery = takesTenantId;
        return in -> {
            var as = caller.generate(in);
            var path = fillPath(template, as, in);
            if (tenantQuery) {
                var tenantId = tenantIdFor(as).generate(in);
                path = tenantId == null ? path : path + "?tenantId=" + tenantId;
            }
            return new Probe(method, path, body.generate(in), headers.generate(in), as);
        };
    }

    private String fillPath(String template, Tenant as, org.quicktheories.core.RandomnessSource in) {
        var matcher = PATH_PARAMETER.matcher(template);
        var filled = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            var other = tenants.get(0) == as ? tenants.get(1) : tenants.get(0);
            var choices = new ArrayList<Pair<Integer, Gen<String>>>();
            if (as.ids().containsKey(name)) {
                choices.add(Pair.of(6, Generate.constant(as.ids().get(name))));
                choices.add(Pair.of(2, Generate.constant(other.ids().get(name))));
            }
            choices.add(Pair.of(1, Generate.pick(MALFORMED_SEGMENTS)));
            choices.add(Pair.of(
                    1,
                    HostileInput.text()
                            .map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8)
                                    .replace("+", "%20"))));
            var value = Generate.frequency(choices).generate(in);
            matcher.appendReplacement(
                    filled, java.util.regex.Matcher.quoteReplacement(value.isEmpty() ? "%20" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    private Gen<String> tenantIdFor(Tenant as) {
        var other = tenants.get(0) == as ? tenants.get(1) : tenants.get(0);
        return Generate.frequency(
                Pair.of(5, Generate.constant((String) null)),
                Pair.of(3, Generate.constant(as.companyId())),
                Pair.of(2, Generate.constant(other.companyId())),
                Pair.of(1, Generate.pick(MALFORMED_SEGMENTS)));
    }

    /** A company with one of each thing a write route names in its path, created through the API. */
    private Tenant tenant(String name) {
        var directory = new Directory(api());
        var company = directory.company(name, "enterprise");
        var client = directory.client(company, name + " Client");
        var admin = directory.user(company, "msp_admin");
        var as = api().withToken(admin.token());
        var base = "/api/v3/companies/" + company + "/clients/" + client;
        var ids = new HashMap<String, String>();
        ids.put("companyId", company);
        ids.put("clientId", client);
        ids.put("userId", directory.user(company, "company_user").userId());
        ids.put("policyId", created(as.post(base + "/policies", "{\"title\": \"Fuzzed policy\"}")));
        ids.put(
                "assessmentId",
                created(as.post(
                        base + "/assessment-events",
                        "{\"name\": \"Fuzzed assessment\", \"template_id\": \"tpl_cisv8\"}")));
        ids.put(
                "credentialId",
                created(as.post(
                        base + "/api-keys",
                        "{\"type\": \"huntress\", \"name\": \"Huntress\", \"api_key\": \"key-fuzz\"}")));
        ids.put(
                "apiKeyId",
                created(as.post(
                        "/api/v1/api-keys",
                        "{\"tenantId\": \"" + company + "\", \"name\": \"fuzz key\", \"scopes\": [\"scores:read\"]}")));
        ids.put(
                "webhookId",
                created(as.post(
                        "/api/v3/companies/" + company + "/webhooks",
                        "{\"url\": \"https://hooks.fuzz.example/in\", \"events\": [\"policy.created\"]}")));
        ids.put("signalId", "sig_" + UUID.randomUUID());
        ids.put("processor", "policy-projection");
        ids.put("sequence", "0");
        return new Tenant(company, admin, ids);
    }

    private List<String> processorsBehind(long head) {
        var behind = new ArrayList<String>();
        for (var processor : api().get("/api/v1/operator/projections").data().path("processors")) {
            // A subscribing processor handles events in the publishing thread and has no position to reach.
            if (!processor.path("kind").asText().equals("subscribing")
                    && processor.path("position").asLong(-1) < head) {
                behind.add(processor.path("name").asText() + "@"
                        + processor.path("position").asText());
            }
        }
        return behind;
    }

    private static String created(HttpApi.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.data().path("id").asText();
    }

    private Set<String> deadLetterIds() {
        var ids = new HashSet<String>();
        api().get("/api/v1/operator/dead-letters")
                .data()
                .path("items")
                .forEach(letter -> ids.add(letter.path("id").asText()));
        return ids;
    }

    static {
        // QuickTheories prints its seed on failure; naming when the run began makes a CI log easy to line up.
        System.out.println("WriteRoutesFuzzTest started " + Instant.now());
    }
}
