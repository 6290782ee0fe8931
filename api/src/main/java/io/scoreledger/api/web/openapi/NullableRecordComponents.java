package io.scoreledger.api.web.openapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record component marked {@link Nullable} is sent as JSON null when it has no value, so its schema says so: in
 * OpenAPI 3.1, "null" joins the property's types, or a reference becomes anyOf the reference and null. Without it a
 * validating client refuses a correct answer, and a generated one may not expect the null.
 */
public class NullableRecordComponents implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return schema;
        }
        var model = schema.getProperties() != null ? schema : defined(schema, context);
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (var component : raw.getRecordComponents()) {
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                continue;
            }
            var renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            var name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            var property = model.getProperties().get(name);
            if (property != null) {
                model.getProperties().put(name, nullable(property));
            }
        }
        return schema;
    }

    private static Schema<?> defined(Schema<?> schema, ModelConverterContext context) {
        var name = schema.getName();
        if (name == null && schema.get$ref() != null && schema.get$ref().startsWith(COMPONENTS)) {
            name = schema.get$ref().substring(COMPONENTS.length());
        }
        return name == null ? null : context.getDefinedModels().get(name);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> nullable(Schema property) {
        if (property.get$ref() != null) {
            var reference = new Schema<>().$ref(property.get$ref());
            return new Schema<>()
                    .anyOf(List.of(reference, ParameterTypes.typed("null")))
                    .description(property.getDescription());
        }
        if (property.getTypes() != null && !property.getTypes().isEmpty()) {
            property.addType("null");
        } else if (property.getType() != null) {
            property.typesItem(property.getType());
            property.addType("null");
        }
        return property;
    }
}
