package io.scoreledger.infra.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.integration.IntegrationType;
import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Pins the stored JSON form of every integration event, as Axon's serializer writes it, and reads it back. */
class IntegrationEventJsonTest extends ApplicationTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final IntegrationCredentialId CREDENTIAL = new IntegrationCredentialId("icr_one");
    private static final ClientId CLIENT = new ClientId("cli_one");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String IDS = "\"tenantId\":{\"value\":\"cmp_acme\"},\"credentialId\":{\"value\":\"icr_one\"},"
            + "\"clientId\":{\"value\":\"cli_one\"},";

    @Autowired
    @Qualifier("axonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void everyIntegrationEventKeepsItsJsonForm() throws Exception {
        var pinned = new LinkedHashMap<Object, String>();
        pinned.put(
                new IntegrationCredentialAdded(
                        ACME,
                        CREDENTIAL,
                        CLIENT,
                        IntegrationType.GOOGLE_WORKSPACE,
                        "G",
                        "k1:key",
                        null,
                        "https://g.example.com",
                        "c-1",
                        AT),
                "{" + IDS + "\"type\":\"GOOGLE_WORKSPACE\",\"name\":\"G\",\"sealedApiKey\":\"k1:key\","
                        + "\"sealedApiSecret\":null,\"serverUrl\":\"https://g.example.com\",\"externalClientId\":\"c-1\","
                        + "\"addedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new IntegrationCredentialRevoked(ACME, CREDENTIAL, CLIENT, AT),
                "{" + IDS + "\"revokedAt\":\"2026-03-01T09:00:00Z\"}");

        for (var entry : pinned.entrySet()) {
            var event = entry.getKey();
            assertThat(axonJson.readTree(axonJson.writeValueAsString(event)))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(axonJson.readTree(entry.getValue()));
            assertThat(axonJson.readValue(entry.getValue(), event.getClass())).isEqualTo(event);
        }
    }
}
