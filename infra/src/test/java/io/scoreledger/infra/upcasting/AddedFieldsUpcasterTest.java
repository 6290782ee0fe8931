package io.scoreledger.infra.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.SessionStarted;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class AddedFieldsUpcasterTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String HASH = "a".repeat(64);

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void givenARevision1ApiKeyIssued_whenRead_thenItIsTheCurrentShapeWithNoRecordedCeiling() {
        var event = read(
                AddedFieldsUpcaster.apiKeyIssuedWithIssuerCeiling(), ApiKeyIssued.class, "ApiKey", "1", """
                {"tenantId":{"value":"cmp_acme"},"apiKeyId":{"value":"key_ci"},"name":"CI","scopes":["CLIENTS_READ"],
                 "lookup":"AbCdEfGh12345678","secretSha256":"%s","expiresAt":null,"issuedBy":"usr_john",
                 "issuedAt":"2026-03-01T09:00:00Z"}""".formatted(
                                HASH));

        assertThat(event)
                .isEqualTo(new ApiKeyIssued(
                        new TenantId("cmp_acme"),
                        new ApiKeyId("key_ci"),
                        "CI",
                        Set.of(Scope.CLIENTS_READ),
                        "AbCdEfGh12345678",
                        HASH,
                        null,
                        "usr_john",
                        AT,
                        null,
                        null));
    }

    @Test
    void givenARevision2ApiKeyIssued_whenRead_thenItsCeilingIsKept() {
        var current = new ApiKeyIssued(
                new TenantId("cmp_acme"),
                new ApiKeyId("key_ci"),
                "CI",
                Set.of(Scope.CLIENTS_READ),
                "AbCdEfGh12345678",
                HASH,
                null,
                "usr_john",
                AT,
                Role.COMPANY_USER,
                Set.of(new ClientId("cli_a")));
        var stored = serializer.serialize(current, String.class).getData();

        assertThat(read(AddedFieldsUpcaster.apiKeyIssuedWithIssuerCeiling(), ApiKeyIssued.class, "ApiKey", "2", stored))
                .isEqualTo(current);
    }

    @Test
    void givenARevision1SessionStarted_whenRead_thenItKnowsNoOpeningToken() {
        var event = read(
                AddedFieldsUpcaster.sessionStartedWithOpeningToken(), SessionStarted.class, "User", "1", """
                {"tenantId":{"value":"cmp_acme"},"userId":{"value":"usr_john"},"sessionId":{"value":"ses_one"},
                 "tokenSha256":"%s","startedAt":"2026-03-01T09:00:00Z","expiresAt":"2026-03-01T21:00:00Z"}""".formatted(
                                HASH));

        assertThat(event)
                .isEqualTo(new SessionStarted(
                        new TenantId("cmp_acme"),
                        new UserId("usr_john"),
                        new SessionId("ses_one"),
                        HASH,
                        AT,
                        AT.plusSeconds(12 * 3600),
                        null));
    }

    private <T> T read(AddedFieldsUpcaster upcaster, Class<T> type, String aggregate, String revision, String payload) {
        var entry = new GenericDomainEventEntry<>(
                aggregate, "agg-1", 0, "evt-1", "2026-03-01T09:00:00Z", type.getName(), revision, payload, "{}");
        var upcast = upcaster.upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        var representation = upcast.get(0);
        assertThat(representation.getType().getRevision()).isEqualTo("2");
        return serializer.deserialize(new SimpleSerializedObject<>(
                representation.getData(String.class).getData(), String.class, representation.getType()));
    }
}
