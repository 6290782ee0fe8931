package io.scoreledger.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.policy.events.PolicyPublished;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * PolicyPublished revision 1 had no publishedBy. Events written after actors were recorded in metadata still know
 * who published; older ones get null, which the read side shows as unknown.
 */
class PolicyPublishedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(PolicyPublished.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        var actor = representation.getMetaData().getObject().get(AuditMetadata.ACTOR);
        return representation.upcastPayload(
                new SimpleSerializedType(PolicyPublished.class.getName(), "2"), JsonNode.class, payload -> {
                    var event = (ObjectNode) payload.deepCopy();
                    if (actor instanceof String actorId) {
                        event.put("publishedBy", actorId);
                    } else {
                        event.putNull("publishedBy");
                    }
                    return event;
                });
    }
}
