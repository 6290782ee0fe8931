package io.scoreledger.infra.support;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Holds the service to its own OpenAPI document: every response an HTTP test receives through {@link HttpApi} for a
 * documented operation must have a status the operation lists, and a JSON body that its schema for that status
 * accepts. Violations are collected here and reported by {@link OpenApiConformanceCheck} after each test class, so a
 * route that answers what its document does not say fails the suite that exercised it.
 *
 * <p>The document is read once from the first application a test talks to. Each (operation, status) schema is
 * compiled once, with the document's components as its $defs (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 * Requests to paths or methods the document does not describe (actuator, deliberately unknown routes) are not
 * checked. -Dscoreledger.openapi-conformance=false turns the check off (the benchmark does).
 */
public final class OpenApiConformance {

    private static final boolean ENABLED = !"false".equals(System.getProperty("scoreledger.openapi-conformance"));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final int MAX_BODY_SHOWN = 400;

    /** Each distinct violation with the first body that showed it and how often it occurred. */
    private static final Map<String, Seen> VIOLATIONS = new LinkedHashMap<>();

    private static volatile Document document;

    private OpenApiConformance() {}

    static void check(int port, String method, String pathAndQuery, HttpApi.Response response) {
        if (!ENABLED) {
            return;
        }
        var doc = document(port);
        if (doc == null) {
            return;
        }
        var path = pathAndQuery.split("\\?", 2)[0];
        doc.operation(method, path)
                .flatMap(operation -> operation.violation(response))
                .ifPresent(violation -> {
                    synchronized (VIOLATIONS) {
                        VIOLATIONS.merge(
                                violation,
                                new Seen(shown(response.body()), 1),
                                (first, again) -> new Seen(first.example(), first.count() + 1));
                    }
                });
    }

    record Seen(String example, int count) {}

    /** The violations since the last call. */
    static Map<String, Seen> drain() {
        synchronized (VIOLATIONS) {
            var drained = new LinkedHashMap<>(VIOLATIONS);
            VIOLATIONS.clear();
            return drained;
        }
    }

    private static Document document(int port) {
        if (document == null) {
            synchronized (OpenApiConformance.class) {
                if (document == null) {
                    document = Document.load(port);
                }
            }
        }
        return document;
    }

    private record Document(List<Operation> operations) {

        static Document load(int port) {
            try {
                var response = CLIENT.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(
                            "GET /v3/api-docs answered " + response.statusCode() + ": " + response.body());
                }
                return parse(response.body());
            } catch (java.io.IOException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        static Document parse(String json) {
            var root = JSON.readTree(json.replace("\"#/components/schemas/", "\"#/$defs/"));
            var defs = root.path("components").path("schemas");
            var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            var operations = new ArrayList<Operation>();
            for (var path : root.path("paths").properties()) {
                for (var entry : path.getValue().properties()) {
                    operations.add(new Operation(
                            entry.getKey().toUpperCase(java.util.Locale.ROOT),
                            path.getKey(),
                            Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+")),
                            entry.getValue(),
                            defs,
                            registry,
                            new ConcurrentHashMap<>()));
                }
            }
            // A literal segment beats a variable one: /audit/events/export is not /audit/events/{id}.
            operations.sort(java.util.Comparator.comparingLong(
                    op -> op.template().chars().filter(c -> c == '{').count()));
            return new Document(operations);
        }

        Optional<Operation> operation(String method, String path) {
            return operations.stream()
                    .filter(op -> op.method().equals(method)
                            && op.pattern().matcher(path).matches())
                    .findFirst();
        }
    }

    private record Operation(
            String method,
            String template,
            Pattern pattern,
            JsonNode node,
            JsonNode defs,
            SchemaRegistry registry,
            Map<String, Optional<Schema>> schemas) {

        Optional<String> violation(HttpApi.Response response) {
            var status = Integer.toString(response.status());
            var responses = node.path("responses");
            var documented = responses.path(status);
            var name = method + " " + template + " (" + node.path("operationId").asString("") + ")";
            if (documented.isMissingNode()) {
                var listed = new ArrayList<String>();
                responses.propertyNames().forEach(listed::add);
                return Optional.of(name + " answered " + status + ", which the document does not list " + listed);
            }
            var contentType = response.header("Content-Type");
            if (contentType == null
                    || !contentType.startsWith("application/json")
                    || response.body().isEmpty()) {
                return Optional.empty();
            }
            var schema = schemas.computeIfAbsent(status, s -> compile(documented));
            if (schema.isEmpty()) {
                return Optional.of(name + " answered " + status + " with a JSON body the document does not describe");
            }
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (RuntimeException e) {
                return Optional.of(name + " answered " + status + " with invalid JSON");
            }
            var errors = schema.get().validate(body);
            if (errors.isEmpty()) {
                return Optional.empty();
            }
            var messages = errors.stream().limit(5).map(Object::toString).toList();
            return Optional.of(name + " answered " + status + " with a body its schema refuses: " + messages);
        }

        private Optional<Schema> compile(JsonNode documented) {
            var schema = documented.path("content").path("application/json").path("schema");
            if (schema.isMissingNode()) {
                return Optional.empty();
            }
            ObjectNode standalone = JsonNodeFactory.instance.objectNode();
            standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            standalone.set("$defs", defs);
            standalone.putArray("allOf").add(schema);
            return Optional.of(registry.getSchema(standalone));
        }
    }

    private static String shown(String body) {
        return body.length() <= MAX_BODY_SHOWN ? body : body.substring(0, MAX_BODY_SHOWN) + "…";
    }
}
