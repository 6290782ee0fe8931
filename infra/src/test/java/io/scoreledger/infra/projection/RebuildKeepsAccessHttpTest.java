package io.scoreledger.infra.projection;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scoreledger.identity.events.UserRegistered;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.query.projection.ReadModelDigestRepository;
import io.scoreledger.tenancy.events.CompanyCreated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.axonframework.common.Registration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A rebuild of the identity and tenancy projections, held mid-way by a gate on one event in the middle of the log:
 * whatever the rebuild has not reached yet must still be served from the live tables.
 */
class RebuildKeepsAccessHttpTest extends ApplicationTest {

    private static final String STATUS = "/api/v1/operator/projections";
    private static final Set<String> REBUILT_TABLES =
            Set.of("company", "client", "app_user", "api_key", "user_session", "revoked_access_token");
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ReadModelDigestRepository digests;

    @Autowired
    JdbcTemplate jdbc;

    private final List<Registration> gates = new ArrayList<>();

    @AfterEach
    void removeGates() {
        gates.forEach(Registration::cancel);
    }

    private record Tenant(String company, String name, HttpApi apiKey, HttpApi jwt, Session session, String keyId) {}

    private record Session(HttpApi anonymous, String cookie) {

        HttpApi.Response get(String path) {
            return anonymous.send("GET", path, null, List.of("Cookie", cookie));
        }
    }

    @Test
    void
            givenKeysUsersAndSessions_whenIdentityAndTenancyRebuildAndArePausedMidway_thenEveryoneKeepsAccessAndTheRowsMatch()
                    throws Exception {
        var directory = new Directory(api());
        var early = tenant(directory, "Early MSP " + UUID.randomUUID());
        var markerCompany = "Pause MSP " + UUID.randomUUID();
        var marker = directory.user(directory.company(markerCompany, "plus"), "msp_admin");
        var late = tenant(directory, "Late MSP " + UUID.randomUUID());
        var tenancyGate = gate(
                "tenancy-projection",
                payload -> payload instanceof CompanyCreated created
                        && created.name().equals(markerCompany));
        var identityGate = gate(
                "identity-projection",
                payload -> payload instanceof UserRegistered registered
                        && registered.email().equals(marker.email()));
        var companiesBefore = jdbc.queryForObject("select count(*) from read_model.company", Integer.class);
        var indexesBefore = indexNames();

        assertSuccess(
                api().post(STATUS + "/rebuild", "{\"processors\": [\"identity-projection\", \"tenancy-projection\"]}"),
                202);
        assertThat(tenancyGate.reached.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(identityGate.reached.await(PATIENCE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();

        for (var tenant : List.of(early, late)) {
            assertKeepsAccess(tenant);
        }
        var companies = api().get("/api/v3/companies");
        assertSuccess(companies, 200);
        assertThat(companies.data()).hasSize(companiesBefore);
        assertThat(companies.data().findValuesAsText("name")).contains(early.name(), markerCompany, late.name());
        var lateSession = openSession(late.jwt());
        assertSuccess(lateSession.get("/api/v3/auth/user"), 200);
        assertSuccess(
                api().send(
                                "DELETE",
                                "/api/v1/api-keys/" + early.keyId() + "?tenantId=" + early.company(),
                                (String) null,
                                List.of()),
                200);
        assertError(early.apiKey().get("/api/v3/companies/" + early.company()), 401, "UNAUTHORIZED");
        var during = byName(api().get(STATUS).data().get("processors"));
        assertThat(during.get("identity-projection").get("state").asText()).isEqualTo("replaying");
        assertThat(during.get("tenancy-projection").get("state").asText()).isEqualTo("replaying");
        var live = digestsOfRebuiltTables();

        tenancyGate.open.countDown();
        identityGate.open.countDown();
        awaitRebuilt("identity-projection", "tenancy-projection");

        assertThat(digestsOfRebuiltTables()).isEqualTo(live);
        assertThat(indexNames()).isEqualTo(indexesBefore);
        assertThat(jdbc.queryForList("select nspname from pg_namespace where nspname like 'rebuild\\_%'", String.class))
                .isEmpty();
        assertKeepsAccess(late);
        assertSuccess(lateSession.get("/api/v3/auth/user"), 200);
        assertError(early.apiKey().get("/api/v3/companies/" + early.company()), 401, "UNAUTHORIZED");
    }

    private Tenant tenant(Directory directory, String name) {
        var company = directory.company(name, "enterprise");
        directory.client(company, "Initech");
        var admin = api().withToken(directory.user(company, "msp_admin").token());
        assertSuccess(admin.get("/api/v3/auth/user"), 200);
        var created = admin.post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "rebuild key", "scopes": ["companies:read"]}""".formatted(company));
        assertSuccess(created, 201);
        var key = api().withToken(created.data().get("apiKey").asText());
        return new Tenant(
                company,
                name,
                key,
                admin,
                openSession(admin),
                created.data().get("apiKeyMeta").get("id").asText());
    }

    private Session openSession(HttpApi jwt) {
        var opened = jwt.post("/api/v1/auth/session", "");
        assertSuccess(opened, 201);
        return new Session(anonymous(), opened.header("Set-Cookie").split(";")[0]);
    }

    private static void assertKeepsAccess(Tenant tenant) {
        assertSuccess(tenant.apiKey().get("/api/v3/companies/" + tenant.company()), 200);
        var user = tenant.jwt().get("/api/v3/auth/user");
        assertSuccess(user, 200);
        assertSuccess(tenant.session().get("/api/v3/auth/user"), 200);
        assertSuccess(tenant.jwt().get("/api/v3/companies/" + tenant.company() + "/clients"), 200);
    }

    /** Holds back the processor that handles the marker event until opened; the live processors passed it long ago. */
    private Gate gate(String processor, Predicate<Object> marker) {
        var gate = new Gate(marker);
        gates.add(processing.eventProcessor(processor).orElseThrow().registerHandlerInterceptor(gate));
        return gate;
    }

    private static final class Gate implements MessageHandlerInterceptor<EventMessage<?>> {

        private final Predicate<Object> marker;
        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch open = new CountDownLatch(1);

        Gate(Predicate<Object> marker) {
            this.marker = marker;
        }

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
                throws Exception {
            if (marker.test(unitOfWork.getMessage().getPayload())) {
                reached.countDown();
                open.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            return chain.proceed();
        }
    }

    private Map<String, String> digestsOfRebuiltTables() {
        var rebuilt = new TreeMap<>(digests.digests());
        rebuilt.keySet().retainAll(REBUILT_TABLES);
        assertThat(rebuilt.keySet()).isEqualTo(REBUILT_TABLES);
        return rebuilt;
    }

    private List<String> indexNames() {
        return jdbc.queryForList(
                "select tablename || '.' || indexname from pg_indexes where schemaname = 'read_model'"
                        + " and tablename in ('company', 'client', 'app_user', 'api_key', 'user_session',"
                        + " 'revoked_access_token') order by 1",
                String.class);
    }

    private void awaitRebuilt(String... processors) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        JsonNode data = null;
        while (Instant.now().isBefore(deadline)) {
            data = api().get(STATUS).data();
            var byName = byName(data.get("processors"));
            if (List.of(processors).stream()
                    .allMatch(name -> byName.get(name).hasNonNull("caughtUpAt")
                            && byName.get(name).get("state").asText().equals("caught_up"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not rebuilt in time: " + data);
    }

    private static Map<String, JsonNode> byName(JsonNode processors) {
        var byName = new TreeMap<String, JsonNode>();
        processors.forEach(processor -> byName.put(processor.get("name").asText(), processor));
        return byName;
    }
}
