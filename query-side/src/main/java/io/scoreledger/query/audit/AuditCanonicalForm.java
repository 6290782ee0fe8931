package io.scoreledger.query.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.ids.TenantId;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Revision;

/**
 * The one definition of what the audit chain hashes. The projector links events with it and infra recomputes the
 * links from the event store with it, so both must derive every field from an {@link EventMessage} the same way.
 *
 * <p>An event's canonical form is a compact JSON object whose keys, at every depth, are sorted: position, eventId,
 * tenantId, type, revision, timestamp (ISO-8601, milliseconds, as the event store keeps it), the metadata (actor,
 * actorKind, correlationId, requestId; null when absent), the aggregate (id, type, sequence) and the payload. In the
 * payload, sets are written in sorted order (their iteration order is not stable across JVMs) and single-value
 * records such as ids as their value. An event's digest is the lowercase hex SHA-256 of its canonical form; a link
 * is the lowercase hex SHA-256 of the previous link of the same tenant followed by the digest; the first link's
 * previous link is the empty string. Links follow global position order.
 */
public final class AuditCanonicalForm {

    public static final String GENESIS = "";
    public static final int VERSION = 1;
    static final String SEALED = "[sealed]";
    static final String REDACTED = "[redacted]";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("audit-canonical").setSerializerModifier(new CanonicalValues()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditCanonicalForm() {}

    /** The fields of one event that the chain covers; payload is the deserialized event. */
    public record Entry(
            long position,
            String eventId,
            String tenantId,
            String type,
            String revision,
            Instant timestamp,
            String actor,
            String actorKind,
            String correlationId,
            String requestId,
            String aggregateId,
            String aggregateType,
            Long sequence,
            Object payload) {}

    /**
     * The entry of an event at a global position, or empty when no tenant can be told: neither a tenant in the
     * metadata nor a TenantId tenantId component in the payload. Every shared-kernel event has the latter
     * (enforced by the shared kernel's architecture test), so today nothing is left out.
     */
    public static Optional<Entry> entryOf(EventMessage<?> message, long position) {
        return tenantOf(message).map(tenant -> {
            Object payload = message.getPayload();
            var domain = message instanceof DomainEventMessage<?> d ? d : null;
            return new Entry(
                    position,
                    message.getIdentifier(),
                    tenant,
                    typeOf(payload),
                    revisionOf(payload),
                    message.getTimestamp().truncatedTo(ChronoUnit.MILLIS),
                    metadata(message, AuditMetadata.ACTOR),
                    metadata(message, AuditMetadata.ACTOR_KIND),
                    metadata(message, AuditMetadata.CORRELATION_ID),
                    metadata(message, AuditMetadata.REQUEST_ID),
                    domain == null ? null : domain.getAggregateIdentifier(),
                    domain == null ? null : domain.getType(),
                    domain == null ? null : domain.getSequenceNumber(),
                    payload);
        });
    }

    /** The tenant's metadata entry when there is one, otherwise the payload's tenantId. */
    public static Optional<String> tenantOf(EventMessage<?> message) {
        String fromMetadata = metadata(message, AuditMetadata.TENANT);
        if (fromMetadata != null && !fromMetadata.isBlank()) {
            return Optional.of(fromMetadata);
        }
        return tenantIdComponent(message.getPayload()).map(TenantId::value);
    }

    public static String canonical(Entry entry) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("v", VERSION);
        node.put("position", entry.position());
        node.put("eventId", entry.eventId());
        node.put("tenantId", entry.tenantId());
        node.put("type", entry.type());
        node.put("revision", entry.revision());
        node.put("timestamp", entry.timestamp().truncatedTo(ChronoUnit.MILLIS).toString());
        node.put("actor", entry.actor());
        node.put("actorKind", entry.actorKind());
        node.put("correlationId", entry.correlationId());
        node.put("requestId", entry.requestId());
        node.put("aggregateId", entry.aggregateId());
        node.put("aggregateType", entry.aggregateType());
        node.put("sequence", entry.sequence());
        node.set("payload", payloadTree(entry.payload()));
        return write(sorted(node));
    }

    /** The lowercase hex SHA-256 of the event's canonical form. */
    public static String digest(Entry entry) {
        return sha256(canonical(entry));
    }

    public static String link(String previousLink, Entry entry) {
        return link(previousLink, digest(entry));
    }

    /** A link from the previous link and an event's digest, so a chain can be relinked without the events. */
    public static String link(String previousLink, String digest) {
        return sha256(previousLink + digest);
    }

    private static String sha256(String text) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The payload as shown to auditors: canonical JSON with sealed secrets and key or token hashes masked. */
    public static String redactedPayloadJson(Object payload) {
        return write(redact(payloadTree(payload)));
    }

    static String typeOf(Object payload) {
        return payload == null ? "null" : payload.getClass().getSimpleName();
    }

    private static String revisionOf(Object payload) {
        if (payload == null) {
            return null;
        }
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    private static String metadata(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static Optional<TenantId> tenantIdComponent(Object payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("tenantId") && component.getType() == TenantId.class) {
                return Optional.ofNullable((TenantId) invoke(component, payload));
            }
        }
        return Optional.empty();
    }

    private static JsonNode payloadTree(Object payload) {
        return sorted(JSON.valueToTree(payload));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            var fields = new TreeMap<String, JsonNode>();
            node.fields().forEachRemaining(field -> fields.put(field.getKey(), sorted(field.getValue())));
            var result = JsonNodeFactory.instance.objectNode();
            fields.forEach(result::set);
            return result;
        }
        if (node.isArray()) {
            var result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(sorted(element)));
            return result;
        }
        return node;
    }

    private static JsonNode redact(JsonNode node) {
        if (node.isObject()) {
            var result = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var field = it.next();
                result.set(field.getKey(), redacted(field.getKey(), field.getValue()));
            }
            return result;
        }
        if (node.isArray()) {
            var result = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> result.add(redact(element)));
            return result;
        }
        return node;
    }

    private static JsonNode redacted(String name, JsonNode value) {
        if (value.isNull()) {
            return value;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sealed")) {
            return TextNode.valueOf(SEALED);
        }
        if (lower.contains("secret")
                || lower.contains("password")
                || lower.contains("sha256")
                || lower.endsWith("hash")) {
            return TextNode.valueOf(REDACTED);
        }
        return redact(value);
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object invoke(RecordComponent component, Object target) {
        try {
            return component.getAccessor().invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    /** Single-value records (ids) as their value; sets in a stable order. */
    private static final class CanonicalValues extends BeanSerializerModifier {

        @Override
        public JsonSerializer<?> modifySerializer(
                SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
            Class<?> type = description.getBeanClass();
            if (type.isRecord()
                    && type.getRecordComponents().length == 1
                    && type.getRecordComponents()[0].getName().equals("value")) {
                return new SingleValueRecord(type.getRecordComponents()[0]);
            }
            return serializer;
        }

        @Override
        public JsonSerializer<?> modifyCollectionSerializer(
                SerializationConfig config,
                CollectionType type,
                BeanDescription description,
                JsonSerializer<?> serializer) {
            return Set.class.isAssignableFrom(type.getRawClass()) ? new SortedSet() : serializer;
        }
    }

    private static final class SingleValueRecord extends StdSerializer<Object> {

        private final RecordComponent component;

        SingleValueRecord(RecordComponent component) {
            super(Object.class);
            this.component = component;
        }

        @Override
        public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(invoke(component, value), generator);
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class SortedSet extends StdSerializer<Set> {

        SortedSet() {
            super(Set.class);
        }

        @Override
        public void serialize(Set value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            var elements = new ArrayList<JsonNode>();
            for (Object element : value) {
                elements.add(sorted(JSON.valueToTree(element)));
            }
            elements.sort(Comparator.comparing(JsonNode::toString));
            generator.writeStartArray();
            for (JsonNode element : elements) {
                provider.defaultSerializeValue(element, generator);
            }
            generator.writeEndArray();
        }
    }
}
