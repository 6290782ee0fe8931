package io.scoreledger.infra.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.identity.events.AccessTokenRevoked;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.ApiKeyRevoked;
import io.scoreledger.identity.events.SessionEnded;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Pins the stored JSON form of the identity events whose shape carries access, as Axon's serializer writes it. */
class IdentityEventJsonTest extends ApplicationTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final UserId JOHN = new UserId("usr_john");
    private static final ApiKeyId KEY = new ApiKeyId("key_ci");
    private static final SessionId SESSION = new SessionId("ses_one");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String HASH = "a".repeat(64);
    private static final String JWT_HASH = "c".repeat(64);

    @Autowired
    @Qualifier("axonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void everyAccessCarryingIdentityEventKeepsItsJsonForm() throws Exception {
        var pinned = new LinkedHashMap<Object, String>();
        pinned.put(
                new ApiKeyIssued(
                        ACME,
                        KEY,
                        "CI",
                        Set.of(Scope.CLIENTS_READ),
                        "AbCdEfGh12345678",
                        HASH,
                        null,
                        JOHN.value(),
                        AT,
                        Role.COMPANY_USER,
                        Set.of(new ClientId("cli_a"))),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"apiKeyId\":{\"value\":\"key_ci\"},\"name\":\"CI\","
                        + "\"scopes\":[\"CLIENTS_READ\"],\"lookup\":\"AbCdEfGh12345678\",\"secretSha256\":\"" + HASH
                        + "\",\"expiresAt\":null,\"issuedBy\":\"usr_john\",\"issuedAt\":\"2026-03-01T09:00:00Z\","
                        + "\"issuerRole\":\"COMPANY_USER\",\"issuerClientIds\":[{\"value\":\"cli_a\"}]}");
        pinned.put(
                new ApiKeyRevoked(ACME, KEY, AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"apiKeyId\":{\"value\":\"key_ci\"},"
                        + "\"revokedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new SessionStarted(ACME, JOHN, SESSION, HASH, AT, AT.plusSeconds(60), JWT_HASH),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"userId\":{\"value\":\"usr_john\"},"
                        + "\"sessionId\":{\"value\":\"ses_one\"},\"tokenSha256\":\"" + HASH + "\","
                        + "\"startedAt\":\"2026-03-01T09:00:00Z\",\"expiresAt\":\"2026-03-01T09:01:00Z\","
                        + "\"openedWithTokenSha256\":\"" + JWT_HASH + "\"}");
        pinned.put(
                new SessionEnded(ACME, JOHN, SESSION, AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"userId\":{\"value\":\"usr_john\"},"
                        + "\"sessionId\":{\"value\":\"ses_one\"},\"endedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new AccessTokenRevoked(ACME, JOHN, JWT_HASH, AT.plusSeconds(60), AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"userId\":{\"value\":\"usr_john\"},"
                        + "\"tokenSha256\":\"" + JWT_HASH + "\",\"expiresAt\":\"2026-03-01T09:01:00Z\","
                        + "\"revokedAt\":\"2026-03-01T09:00:00Z\"}");

        for (var entry : pinned.entrySet()) {
            var event = entry.getKey();
            assertThat(axonJson.readTree(axonJson.writeValueAsString(event)))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(axonJson.readTree(entry.getValue()));
            assertThat(axonJson.readValue(entry.getValue(), event.getClass())).isEqualTo(event);
        }
    }
}
