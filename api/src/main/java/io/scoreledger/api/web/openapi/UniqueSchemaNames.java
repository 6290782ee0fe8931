package io.scoreledger.api.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Schemas are named by the simple class name, so two records called Summary would share one schema and a client
 * would read one as the other. This refuses to build such a document, naming both types; the fix is a
 * {@code @Schema(name = …)} on one of them.
 */
public class UniqueSchemaNames implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, JavaType> owners = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema == null || type.getType() == null) {
            return schema;
        }
        String name = schema.getName();
        if (name == null && schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
            name = schema.get$ref().substring(COMPONENTS.length());
        }
        if (name != null) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            JavaType previous = owners.putIfAbsent(name, javaType);
            if (previous != null && !previous.equals(javaType)) {
                throw new IllegalStateException("Two types share the OpenAPI schema name " + name + ": " + previous
                        + " and " + javaType + "; give one of them @Schema(name = …)");
            }
        }
        return schema;
    }
}
