package io.scoreledger.infra.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Events stored before text was checked at the edge may hold NUL characters, which PostgreSQL cannot keep in text
 * or jsonb columns: one such event used to stop every projection for every tenant. Every reader of the log (the
 * projections, aggregates, the audit chain and its verification) sees U+FFFD in their place instead, the same on
 * every replay; the stored event itself is never changed. Any type and revision: the type is kept as it is.
 */
final class NulCharacterUpcaster extends SingleEventUpcaster {

    static final String REPLACEMENT = "\uFFFD";
    private static final byte[] ESCAPED_NUL = "\\u0000".getBytes(StandardCharsets.US_ASCII);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return switch (representation.getData().getData()) {
            case byte[] bytes -> mayHoldNul(bytes);
            case String text -> text.contains("\\u0000");
            case JsonNode node -> holdsNul(node);
            default -> false;
        };
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(representation.getType(), JsonNode.class, NulCharacterUpcaster::replaced);
    }

    /** Jackson writes NUL as the escape \u0000; a literal backslash before it ("\\u0000") is not a NUL. */
    static boolean mayHoldNul(byte[] json) {
        outer:
        for (int i = 0; i + ESCAPED_NUL.length <= json.length; i++) {
            for (int j = 0; j < ESCAPED_NUL.length; j++) {
                if (json[i + j] != ESCAPED_NUL[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean holdsNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') >= 0;
        }
        for (var child : node) {
            if (holdsNul(child)) {
                return true;
            }
        }
        if (node.isObject()) {
            for (var names = node.fieldNames(); names.hasNext(); ) {
                if (names.next().indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static JsonNode replaced(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.textValue().replace("\0", REPLACEMENT));
        }
        if (node instanceof ArrayNode array) {
            var copy = array.arrayNode(array.size());
            array.forEach(element -> copy.add(replaced(element)));
            return copy;
        }
        if (node instanceof ObjectNode object) {
            var copy = object.objectNode();
            for (var fields = object.fields(); fields.hasNext(); ) {
                var field = fields.next();
                copy.set(field.getKey().replace("\0", REPLACEMENT), replaced(field.getValue()));
            }
            return copy;
        }
        return node;
    }
}
