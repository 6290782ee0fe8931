package io.scoreledger.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scoreledger.identity.events.ApiKeyIssued;
import io.scoreledger.identity.events.SessionStarted;
import java.util.List;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * A revision that only added fields whose absence the event documents as null: older events get them as explicit
 * nulls, so the stored JSON and the current record agree field for field.
 */
final class AddedFieldsUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final List<String> addedFields;

    private AddedFieldsUpcaster(Class<?> eventType, String fromRevision, String toRevision, List<String> addedFields) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.addedFields = List.copyOf(addedFields);
    }

    /** Keys issued before revision 2 recorded no ceiling: their creator's current access alone bounds them. */
    static AddedFieldsUpcaster apiKeyIssuedWithIssuerCeiling() {
        return new AddedFieldsUpcaster(ApiKeyIssued.class, "1", "2", List.of("issuerRole", "issuerClientIds"));
    }

    /** Sessions started before revision 2 do not know the JWT they were opened with; they end by logout or expiry. */
    static AddedFieldsUpcaster sessionStartedWithOpeningToken() {
        return new AddedFieldsUpcaster(SessionStarted.class, "1", "2", List.of("openedWithTokenSha256"));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, JsonNode.class, payload -> {
            var event = (ObjectNode) payload.deepCopy();
            addedFields.forEach(field -> {
                if (!event.has(field)) {
                    event.putNull(field);
                }
            });
            return event;
        });
    }
}
