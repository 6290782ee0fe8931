package io.scoreledger.api.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;

/** Maps a request record's Java property to the name its JSON uses, so error details name what the client sent. */
final class JsonFieldNames {

    private JsonFieldNames() {}

    static String of(Class<?> type, String property) {
        if (type == null || !type.isRecord()) {
            return property;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(property)) {
                // @JsonProperty does not target record components; javac propagates it to the accessor.
                JsonProperty annotation = component.getAccessor().getAnnotation(JsonProperty.class);
                return annotation != null && !annotation.value().isEmpty() ? annotation.value() : property;
            }
        }
        return property;
    }
}
