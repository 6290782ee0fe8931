package io.scoreledger.infra.deadletter;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.tenancy.commands.CreateClient;
import io.scoreledger.tenancy.commands.DeactivateClient;
import io.scoreledger.tenancy.events.ClientCreated;
import io.scoreledger.values.ClientProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One tenant's event that a projection cannot apply parks its own sequence; every other tenant's events go on, in
 * the same batch and in a rebuild, and nothing is skipped silently. The failure is made real: a CHECK constraint the
 * read model's insert violates for one client name, the way a bug in a projection would fail in PostgreSQL.
 */
class DeadLettersHttpTest extends ApplicationTest {

    private static final String LETTERS = "/api/v1/operator/dead-letters";
    private static final String PROJECTIONS = "/api/v1/operator/projections";
    private static final String TENANCY = "tenancy-projection";
    private static final String POLICY = "policy-projection";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore eventStore;

    private final List<String> poisons = new ArrayList<>();
    private final List<String> poisonedTables = new ArrayList<>();

    @AfterEach
    void cure() {
        for (int i = 0; i < poisons.size(); i++) {
            jdbc.execute(
                    "alter table read_model." + poisonedTables.get(i) + " drop constraint if exists " + poisons.get(i));
        }
        if (!poisons.isEmpty()) {
            api().post(LETTERS + "/retry", "{}");
        }
        processing.eventProcessor(TENANCY).ifPresent(processor -> processor.start());
    }

    @Test
    void givenOneTenantsUnprojectableEventInABatch_whenProcessed_thenOnlyItsSequenceIsParkedAndOthersGoOn() {
        var directory = new Directory(api());
        var poisoned = directory.company("Parked Co", "plus");
        var healthy = directory.company("Healthy Co", "plus");
        var poisonName = poison();

        // Stopped, so that the poisoned event and the others arrive at the projection in one batch.
        var tenancy = processing.eventProcessor(TENANCY).orElseThrow();
        tenancy.shutDown();
        var parkedClient = create(poisoned, poisonName);
        var laterInSameTenant = create(poisoned, "Fine Client " + UUID.randomUUID());
        var otherTenantsClient = create(healthy, "Other Tenant Client " + UUID.randomUUID());
        tenancy.start();

        await(() -> api().get(clientPath(healthy, otherTenantsClient)), response -> response.status() == 200);
        assertThat(api().get(clientPath(poisoned, laterInSameTenant)).status()).isEqualTo(200);
        assertThat(api().get(clientPath(poisoned, parkedClient)).status()).isEqualTo(404);

        var letters = await(() -> api().get(LETTERS + "?processor=" + TENANCY), r -> items(r).size() == 1);
        var letter = items(letters).getFirst();
        assertThat(letter.get("sequence").asText()).isEqualTo(parkedClient);
        assertThat(letter.get("eventType").asText()).isEqualTo(ClientCreated.class.getName());
        assertThat(letter.get("causeMessage").asText()).contains(poisons.getFirst());
        assertThat(letter.get("position").asLong()).isPositive();

        var status = tenancyStatus();
        assertThat(status.get("state").asText()).isEqualTo("degraded");
        assertThat(status.get("caughtUp").asBoolean()).isFalse();
        assertThat(status.get("deadLetters").asLong()).isEqualTo(1);
        assertThat(api().get(PROJECTIONS).data().get("caughtUp").asBoolean()).isFalse();
        assertThat(anonymous().get("/actuator/health").json().get("status").asText())
                .isEqualTo("DEGRADED");
        assertThat(api().get("/actuator/prometheus").body())
                .contains("scoreledger_projection_dead_letters{application=\"scoreledger\",processor=\"" + TENANCY
                        + "\"} 1.0");

        // A later event of the parked sequence waits behind it, in order, instead of being applied alone.
        commands.sendAndWait(new DeactivateClient(new TenantId(poisoned), new ClientId(parkedClient), Instant.now()));
        await(() -> api().get(LETTERS + "?processor=" + TENANCY), r -> items(r).size() == 2);

        // The bug is fixed, the operator retries: both events are applied, in order.
        jdbc.execute("alter table read_model.client drop constraint " + poisons.getFirst());
        var retried = api().post(LETTERS + "/retry", "{\"processor\": \"" + TENANCY + "\"}");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().get("applied").asInt()).isEqualTo(1);
        assertThat(retried.data().get("remaining").asLong()).isZero();
        var client = api().get(clientPath(poisoned, parkedClient));
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.data().get("status").asText()).isEqualTo("INACTIVE");
        assertThat(tenancyStatus().get("deadLetters").asLong()).isZero();
        await(
                () -> anonymous().get("/actuator/health"),
                r -> r.json().get("status").asText().equals("UP"));
    }

    @Test
    void givenAnUnprojectableEvent_whenTheProjectionIsRebuilt_thenEveryOtherTenantsRowsAreRebuiltAndItIsNotCaughtUp() {
        // policy-projection is reset and replayed in place, in batches of 100: the poisoned event shares its batch.
        var directory = new Directory(api());
        var others = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var company = directory.company("Rebuilt Co " + i, "plus");
            var client = directory.client(company, "Client " + i);
            others.add(policy(company, client, "Policy Before " + i));
        }
        var poisonedCompany = directory.company("Poisoned On Rebuild", "plus");
        var poisonedClient = directory.client(poisonedCompany, "Poisoned Client");
        var poisonTitle = "Rebuild Poison " + UUID.randomUUID();
        var parked = policy(poisonedCompany, poisonedClient, poisonTitle);
        var afterCompany = directory.company("Rebuilt After", "plus");
        var afterClient = directory.client(afterCompany, "Client After");
        others.add(policy(afterCompany, afterClient, "Policy After"));

        poison("policy", "title", poisonTitle);
        var rebuild = api().post(PROJECTIONS + "/rebuild", "{\"processors\": [\"" + POLICY + "\"]}");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        var status = await(
                () -> api().get(PROJECTIONS),
                r -> byName(r, POLICY).get("caughtUpAt").isTextual());

        var policyStatus = byName(status, POLICY);
        assertThat(policyStatus.get("state").asText()).isEqualTo("degraded");
        assertThat(policyStatus.get("caughtUp").asBoolean()).isFalse();
        assertThat(policyStatus.get("deadLetters").asLong()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from read_model.policy where id = any(?)", Integer.class, (Object)
                                others.toArray(String[]::new)))
                .isEqualTo(others.size());
        assertThat(jdbc.queryForObject("select count(*) from read_model.policy where id = ?", Integer.class, parked))
                .isZero();
    }

    private String policy(String company, String client, String title) {
        var response = api().post(
                        "/api/v3/companies/" + company + "/clients/" + client + "/policies",
                        "{\"title\": \"" + title + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asText();
    }

    @Test
    void givenAParkedSequence_whenEvicted_thenItIsGoneAndTheProcessorIsCaughtUpWithoutIt() {
        var directory = new Directory(api());
        var company = directory.company("Evicting Co", "plus");
        var poisonName = poison();
        var parkedClient = create(company, poisonName);
        await(
                () -> api().get(LETTERS),
                r -> items(r).stream()
                        .anyMatch(letter -> letter.get("sequence").asText().equals(parkedClient)));

        assertError(api().delete(LETTERS + "/" + TENANCY + "/cli_unknown"), 404, "NOT_FOUND");
        var evicted = api().delete(LETTERS + "/" + TENANCY + "/" + parkedClient);
        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(200);
        assertThat(evicted.data().get("evicted").asLong()).isEqualTo(1);
        assertThat(items(api().get(LETTERS))).isEmpty();
        await(
                () -> api().get(PROJECTIONS),
                r -> byName(r, TENANCY).get("state").asText().equals("caught_up"));
        assertThat(api().get(clientPath(company, parkedClient)).status()).isEqualTo(404);
    }

    @Test
    void givenAStoredEventHoldingNul_whenProjected_thenItIsShownWithAReplacementAndNoProcessorStops() {
        var directory = new Directory(api());
        var tenant = directory.company("Nul Stored Co", "plus");
        var other = directory.company("Nul Neighbour Co", "plus");
        var clientId = ClientId.mint();
        var profile = new ClientProfile("Ops\u0000 Ltd", "Gh\u0000ent", null, null, null, null, null);
        // Written straight into the log, as events were before text was checked at the edge.
        eventStore.publish(new GenericDomainEventMessage<>(
                "Client",
                clientId.value(),
                0,
                new ClientCreated(new TenantId(tenant), clientId, profile, Instant.now())));
        var neighbour = directory.client(other, "After The Nul");

        var stored = await(() -> api().get(clientPath(tenant, clientId.value())), r -> r.status() == 200);
        assertThat(stored.data().get("name").asText()).isEqualTo("Ops\uFFFD Ltd");
        assertThat(api().get(clientPath(other, neighbour)).status()).isEqualTo(200);
        var status = await(
                () -> api().get(PROJECTIONS), r -> r.data().get("caughtUp").asBoolean());
        for (var processor : status.data().get("processors")) {
            assertThat(processor.get("error").isNull()).as(processor.toString()).isTrue();
        }
        assertThat(items(api().get(LETTERS))).isEmpty();
        assertThat(api().get("/api/v1/audit/verify?tenantId=" + tenant)
                        .data()
                        .get("verified")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void givenSomeoneOtherThanTheOperator_whenReadingOrHandlingDeadLetters_thenForbidden() {
        var directory = new Directory(api());
        var company = directory.company("Not Operator Co", "plus");
        var admin = api().withToken(directory.user(company, "msp_admin").token());
        assertError(admin.get(LETTERS), 403, "FORBIDDEN");
        assertError(admin.post(LETTERS + "/retry", "{}"), 403, "FORBIDDEN");
        assertError(admin.delete(LETTERS + "/" + TENANCY + "/x"), 403, "FORBIDDEN");
        assertError(anonymous().get(LETTERS), 401, "UNAUTHORIZED");
        assertError(api().get(LETTERS + "?processor=no-such-processor"), 404, "NOT_FOUND");
        assertError(api().post(LETTERS + "/retry", "{\"sequence\": \"x\"}"), 422, "VALIDATION_ERROR");
    }

    private String poison() {
        return poison("Poison " + UUID.randomUUID());
    }

    private String poison(String name) {
        return poison("client", "name", name);
    }

    private String poison(String table, String column, String value) {
        var constraint = "test_poison_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("alter table read_model." + table + " add constraint " + constraint + " check (" + column + " <> '"
                + value + "') not valid");
        poisons.add(constraint);
        poisonedTables.add(table);
        return value;
    }

    private String create(String tenant, String name) {
        var clientId = ClientId.mint();
        commands.sendAndWait(new CreateClient(
                new TenantId(tenant),
                clientId,
                new ClientProfile(name, null, null, null, null, null, null),
                Instant.now()));
        return clientId.value();
    }

    private static String clientPath(String company, String client) {
        return "/api/v3/companies/" + company + "/clients/" + client;
    }

    private JsonNode tenancyStatus() {
        return byName(api().get(PROJECTIONS), TENANCY);
    }

    private static JsonNode byName(HttpApi.Response response, String name) {
        for (var processor : response.data().get("processors")) {
            if (processor.get("name").asText().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("No processor " + name + " in " + response);
    }

    private static List<JsonNode> items(HttpApi.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var items = new ArrayList<JsonNode>();
        response.data().get("items").forEach(items::add);
        return items;
    }

    private static HttpApi.Response await(Supplier<HttpApi.Response> request, Predicate<HttpApi.Response> until) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        HttpApi.Response last = null;
        while (System.nanoTime() < deadline) {
            last = request.get();
            if (until.test(last)) {
                return last;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Gave up waiting; last answer: " + last);
    }
}
