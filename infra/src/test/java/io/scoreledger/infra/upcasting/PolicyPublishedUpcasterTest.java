package io.scoreledger.infra.upcasting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.events.PolicyPublished;
import java.time.Instant;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.junit.jupiter.api.Test;

class PolicyPublishedUpcasterTest {

    private static final String REVISION_1_PAYLOAD = """
            {"tenantId":{"value":"cmp_acme"},"policyId":{"value":"pol_infosec"},"clientId":{"value":"cli_one"},
             "title":"Information Security","description":null,"content":"Section 1","version":"1.0",
             "publishedAt":"2026-03-01T09:00:00Z"}""";

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .build();

    @Test
    void givenARevision1EventWithAnActorInItsMetadata_whenRead_thenItIsTheCurrentShapeWithThePublisher() {
        var event = readThroughTheUpcaster(REVISION_1_PAYLOAD, "{\"actor\":\"usr_alice\",\"actorKind\":\"USER\"}");

        assertThat(event)
                .isEqualTo(new PolicyPublished(
                        new TenantId("cmp_acme"),
                        new PolicyId("pol_infosec"),
                        new ClientId("cli_one"),
                        "Information Security",
                        null,
                        "Section 1",
                        "1.0",
                        "usr_alice",
                        Instant.parse("2026-03-01T09:00:00Z")));
    }

    @Test
    void givenARevision1EventFromBeforeActorsWereRecorded_whenRead_thenThePublisherIsUnknown() {
        var event = readThroughTheUpcaster(REVISION_1_PAYLOAD, "{}");

        assertThat(event.publishedBy()).isNull();
        assertThat(event.version()).isEqualTo("1.0");
    }

    @Test
    void givenARevision2Event_whenRead_thenItIsLeftAsItIs() {
        var current = new PolicyPublished(
                new TenantId("cmp_acme"),
                new PolicyId("pol_x"),
                new ClientId("cli_one"),
                "T",
                null,
                "C",
                "2.0",
                "key_integration",
                Instant.parse("2026-04-01T09:00:00Z"));
        var serialized = serializer.serialize(current, String.class);

        var event = read(serialized.getData(), "2", "{\"actor\":\"usr_somebody_else\"}");

        assertThat(event).isEqualTo(current);
    }

    private PolicyPublished readThroughTheUpcaster(String payload, String metadata) {
        return read(payload, "1", metadata);
    }

    private PolicyPublished read(String payload, String revision, String metadata) {
        var entry = new GenericDomainEventEntry<>(
                "Policy",
                "pol_infosec",
                3,
                "evt-1",
                "2026-03-01T09:00:00Z",
                PolicyPublished.class.getName(),
                revision,
                payload,
                metadata);
        var upcast = new PolicyPublishedUpcaster()
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .toList();
        assertThat(upcast).hasSize(1);
        var representation = upcast.get(0);
        assertThat(representation.getType().getRevision()).isEqualTo("2");
        SerializedType type = representation.getType();
        return serializer.deserialize(new SimpleSerializedObject<>(
                representation.getData(String.class).getData(), String.class, type));
    }
}
