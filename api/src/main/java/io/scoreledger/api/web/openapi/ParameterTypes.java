package io.scoreledger.api.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The real types of query parameters that the routes take as text to answer a bad value with a 422 naming it (a
 * String in Java would otherwise be documented as any string). By name where the meaning is the same everywhere, by
 * operation where it is not.
 */
final class ParameterTypes {

    private static final Map<String, Supplier<Schema<?>>> BY_NAME = Map.of(
            "as_of",
                    () -> dateTime()
                            .description("An ISO-8601 date (the end of that day, UTC) or instant; not in the future"),
            "bucket_size", () -> integer(1, 50),
            "limit", () -> integer(1, null));

    private static final Map<String, Supplier<Schema<?>>> BY_OPERATION = Map.ofEntries(
            Map.entry("listClients.status", () -> oneOf("ACTIVE", "INACTIVE")),
            Map.entry("listPolicies.status", () -> oneOf("draft", "published", "approved", "rejected", "archived")),
            Map.entry("getScoreTrends.from", ParameterTypes::date),
            Map.entry("getScoreTrends.to", ParameterTypes::date),
            Map.entry("getScoreTrends.interval", () -> oneOf("daily", "weekly", "monthly")),
            Map.entry("listTopRisks.limit", () -> integer(1, 100)),
            Map.entry("listTopRisks.sort", () -> oneOf("lowest_score", "biggest_drop")),
            Map.entry("listEmployeeScores.limit", () -> integer(1, 200)),
            Map.entry("listEmployeeScores.band", () -> oneOf("green", "yellow", "orange", "red", "critical")),
            Map.entry("getDashboardTrends.range", () -> oneOf("30d", "90d", "1y", "3y")),
            Map.entry("listAuditEvents.limit", () -> integer(1, 500)),
            Map.entry("listAuditEvents.cursor", ParameterTypes::position),
            Map.entry("listAuditEvents.from", ParameterTypes::dateTime),
            Map.entry("listAuditEvents.to", ParameterTypes::dateTime),
            Map.entry("exportAuditEvents.cursor", ParameterTypes::position),
            Map.entry("exportAuditEvents.from", ParameterTypes::dateTime),
            Map.entry("exportAuditEvents.to", ParameterTypes::dateTime),
            Map.entry("exportAuditEvents.format", () -> oneOf("ndjson", "csv")),
            Map.entry("downloadAssessment.format", () -> oneOf("json", "csv")));

    private ParameterTypes() {}

    static void apply(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (var parameter : operation.getParameters()) {
            if ("path".equals(parameter.getIn())) {
                continue;
            }
            var typed = BY_OPERATION.getOrDefault(
                    operation.getOperationId() + "." + parameter.getName(), BY_NAME.get(parameter.getName()));
            if (typed != null) {
                var schema = typed.get();
                if (parameter.getSchema() != null && parameter.getSchema().getDefault() != null) {
                    schema.setDefault(parameter.getSchema().getDefault());
                }
                parameter.setSchema(schema);
            }
        }
    }

    /** OpenAPI 3.1 writes "type" from the types set; the single type field is not serialized. */
    static Schema<Object> typed(String type) {
        return new Schema<>().type(type).typesItem(type);
    }

    private static Schema<?> integer(Integer min, Integer max) {
        var schema = typed("integer").format("int32");
        if (min != null) {
            schema.setMinimum(BigDecimal.valueOf(min));
        }
        if (max != null) {
            schema.setMaximum(BigDecimal.valueOf(max));
        }
        return schema;
    }

    /** An audit cursor is the event-log position of the last item seen. */
    private static Schema<?> position() {
        return typed("integer").format("int64").minimum(BigDecimal.ONE);
    }

    private static Schema<?> dateTime() {
        return typed("string").format("date-time");
    }

    private static Schema<?> date() {
        return typed("string").format("date");
    }

    private static Schema<?> oneOf(String... values) {
        var schema = typed("string");
        schema.setEnum(new java.util.ArrayList<>(List.of(values)));
        return schema;
    }
}
