package io.scoreledger.infra.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.web.openapi.OperationDocumentation;
import io.scoreledger.infra.support.ApplicationTest;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** What a REST consumer (or a client generator) reads in /v3/api-docs matches what the routes do. */
class OpenApiDocumentHttpTest extends ApplicationTest {

    private JsonNode document;

    @BeforeEach
    void readDocument() {
        document = anonymous().get("/v3/api-docs").json();
    }

    @Test
    void givenTheDocument_whenListingOperations_thenEachHasAUniqueResourceNamedOperationIdAndErrorIsNotPublished() {
        var ids = new ArrayList<String>();
        operations()
                .forEach((name, operation) ->
                        ids.add(operation.path("operationId").asText()));

        assertThat(document.path("paths").has("/error")).isFalse();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+[A-Za-z]*"));
        assertThat(ids)
                .contains(
                        "listClients",
                        "createClient",
                        "getClient",
                        "updateClient",
                        "getDashboardSummary",
                        "getScoreSummary",
                        "createApiKey",
                        "putAssessmentAnswers",
                        "postAssessmentAnswers");
    }

    @Test
    void givenTheDocument_whenReadingResponses_thenEveryOperationDocumentsTheErrorEnvelopeForItsErrors() {
        var missing = new ArrayList<String>();
        operations().forEach((name, operation) -> {
            var responses = operation.path("responses");
            for (var status : List.of("401", "403", "429", "500")) {
                if (!responses
                        .path(status)
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText()
                        .equals("#/components/schemas/ErrorEnvelope")) {
                    missing.add(name + " " + status);
                }
            }
            if (operation.has("requestBody") && !responses.has("422")) {
                missing.add(name + " 422");
            }
        });

        assertThat(missing).isEmpty();
        var error = schema("ErrorEnvelope").path("properties");
        assertThat(error.path("success").path("type").asText()).isEqualTo("boolean");
        assertThat(schema("ErrorInfo").path("properties").has("details")).isTrue();
    }

    @Test
    void givenCreatesAndDeletes_whenReadingTheirResponses_thenTheRealStatusesAreDocumented() {
        var createClient =
                operation("/api/v3/companies/{companyId}/clients", "post").path("responses");
        assertThat(createClient.has("200")).isFalse();
        assertThat(ref(createClient.path("201"))).isEqualTo("EnvelopeClientResponse");
        assertThat(ref(createClient.path("202"))).isEqualTo("EnvelopeAccepted");
        assertThat(createClient.has("404")).isTrue();
        assertThat(createClient.has("409")).isTrue();

        var deleteWebhook = operation("/api/v3/companies/{companyId}/webhooks/{webhookId}", "delete")
                .path("responses");
        assertThat(deleteWebhook.has("204")).isTrue();
        assertThat(deleteWebhook.path("204").has("content")).isFalse();

        assertThat(operation("/api/v1/operator/projections/rebuild", "post")
                        .path("responses")
                        .has("202"))
                .isTrue();
        assertThat(operation("/api/v3/companies/{companyId}/clients/{clientId}", "patch")
                        .path("responses")
                        .has("503"))
                .isTrue();
        assertThat(operation("/api/v1/reports/{reportId}/download", "get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .has("application/pdf"))
                .isTrue();
    }

    @Test
    void givenTheTwoSummaries_whenReadingTheirSchemas_thenEachHasItsOwnFields() {
        var dashboard = schema(ref(
                operation("/api/v1/dashboard/summary", "get").path("responses").path("200")));
        var data = schema(
                dashboard.path("properties").path("data").path("$ref").asText().replace("#/components/schemas/", ""));
        var scores = schema(
                ref(operation("/v1/scores/summary", "get").path("responses").path("200")));

        assertThat(data.path("properties").has("overallScore")).isTrue();
        assertThat(data.path("properties").has("riskLevel")).isTrue();
        assertThat(scores.path("properties").has("average_score")).isTrue();
        assertThat(scores.path("properties").has("overallScore")).isFalse();
    }

    @Test
    void givenNumericQueryParameters_whenReadingTheirSchemas_thenTheyAreTypedAndAuditPayloadIsAnObject() {
        assertThat(parameter("/v1/scores/top-risks", "limit").path("type").asText())
                .isEqualTo("integer");
        assertThat(parameter("/v1/scores/distribution", "bucket_size")
                        .path("type")
                        .asText())
                .isEqualTo("integer");
        assertThat(parameter("/api/v1/audit/events", "cursor").path("type").asText())
                .isEqualTo("integer");
        assertThat(parameter("/api/v1/audit/events", "from").path("format").asText())
                .isEqualTo("date-time");
        assertThat(parameter("/v1/scores/summary", "as_of").path("format").asText())
                .isEqualTo("date-time");
        assertThat(parameter("/v1/scores/trends", "interval").path("enum")).hasSize(3);
        assertThat(schema("AuditEventResponse")
                        .path("properties")
                        .path("payload")
                        .path("type")
                        .asText())
                .isEqualTo("object");
    }

    @Test
    void givenTheDocument_whenReadingOperations_thenEachDescribesItsRules() {
        var undescribed = new ArrayList<String>();
        operations().forEach((name, operation) -> {
            if (operation.path("description").asText().isBlank()) {
                undescribed.add(name);
            }
        });

        assertThat(undescribed).isEmpty();
        assertThat(operation("/api/v1/signals", "post").path("description").asText())
                .contains("signals:write", "UNKNOWN_EMPLOYEE", "duplicate");
    }

    @Test
    void givenTheDocument_whenReadingBodies_thenEveryRequestAndSuccessfulJsonResponseHasAnExampleItsSchemaAccepts() {
        var problems = new ArrayList<String>();
        operations().forEach((name, operation) -> {
            var request = operation.path("requestBody").path("content").path("application/json");
            if (!request.isMissingNode()) {
                check(name + " request", request, problems);
            }
            operation.path("responses").properties().forEach(response -> {
                var json = response.getValue().path("content").path("application/json");
                if (response.getKey().startsWith("2") && !json.isMissingNode()) {
                    check(name + " " + response.getKey(), json, problems);
                }
            });
        });

        assertThat(problems).isEmpty();
    }

    @Test
    void givenErrorResponses_whenReadingTheirExamples_thenEachShowsTheCodeOfItsStatusInTheEnvelope() {
        var problems = new ArrayList<String>();
        operations()
                .forEach((name, operation) -> operation
                        .path("responses")
                        .properties()
                        .forEach(response -> {
                            var status = Integer.parseInt(response.getKey());
                            if (status < 400) {
                                return;
                            }
                            var json = response.getValue().path("content").path("application/json");
                            var code = json.path("example")
                                    .path("error")
                                    .path("code")
                                    .asText();
                            if (!code.equals(ErrorCodes.forStatus(HttpStatus.valueOf(status)))) {
                                problems.add(name + " " + status + ": example code " + code);
                            }
                            check(name + " " + status, json, problems);
                        }));

        assertThat(problems).isEmpty();
        assertThat(operation("/api/v3/companies", "post")
                        .path("responses")
                        .path("422")
                        .path("content")
                        .path("application/json")
                        .path("example")
                        .path("error")
                        .path("details")
                        .isObject())
                .isTrue();
    }

    @Test
    void givenTheDocumentationFiles_whenMatchingThemToOperations_thenEachNamesAnOperationAndABodyItHas()
            throws IOException {
        var operationIds = new HashSet<String>();
        var byId = new java.util.HashMap<String, JsonNode>();
        operations().values().forEach(operation -> {
            operationIds.add(operation.path("operationId").asText());
            byId.put(operation.path("operationId").asText(), operation);
        });
        var orphans = new ArrayList<String>();
        var files = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + OperationDocumentation.LOCATION + "*.yml");
        for (var file : files) {
            var operationId = file.getFilename().replace(".yml", "");
            if (!operationIds.contains(operationId)) {
                orphans.add(file.getFilename());
                continue;
            }
            try (var in = file.getInputStream()) {
                var operation = byId.get(operationId);
                Yaml.mapper().readTree(in).path("examples").fieldNames().forEachRemaining(key -> {
                    var target = OperationDocumentation.REQUEST.equals(key)
                            ? operation.path("requestBody")
                            : operation.path("responses").path(key);
                    if (target.path("content").path("application/json").isMissingNode()) {
                        orphans.add(file.getFilename() + " " + key);
                    }
                });
            }
        }

        assertThat(files).hasSizeGreaterThanOrEqualTo(operationIds.size());
        assertThat(orphans).isEmpty();
    }

    private void check(String name, JsonNode mediaType, List<String> problems) {
        if (!mediaType.has("example")) {
            problems.add(name + ": no example");
            return;
        }
        var errors = schemaOf(mediaType.path("schema"))
                .validate(TOOLS_JSON.readTree(mediaType.path("example").toString()));
        if (!errors.isEmpty()) {
            problems.add(name + ": its schema refuses the example "
                    + errors.stream().limit(3).map(Object::toString).toList());
        }
    }

    private static final JsonMapper TOOLS_JSON = JsonMapper.builder().build();

    /** OpenAPI 3.1 schemas are JSON Schema 2020-12; the document's components become the schema's $defs. */
    private com.networknt.schema.Schema schemaOf(JsonNode schema) {
        var defs = TOOLS_JSON.readTree(document.path("components")
                .path("schemas")
                .toString()
                .replace("\"#/components/schemas/", "\"#/$defs/"));
        var standalone = JsonNodeFactory.instance.objectNode();
        standalone.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        standalone.set("$defs", defs);
        standalone
                .putArray("allOf")
                .add(TOOLS_JSON.readTree(schema.toString().replace("\"#/components/schemas/", "\"#/$defs/")));
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(standalone);
    }

    @Test
    void givenRoutesWhoseArgumentsAreResolved_whenReadingTheirParameters_thenTheParametersTheResolversReadAreListed() {
        assertThat(parameterNames(operation("/v1/scores/summary", "get")))
                .containsExactly("tenantId:query", "as_of:query");
        assertThat(parameterNames(operation("/api/v1/employees", "put"))).containsExactly("tenantId:query");
        assertThat(parameterNames(
                        operation("/api/v3/companies/{companyId}/clients/{clientId}/policies/{policyId}", "get")))
                .containsExactly("companyId:path", "clientId:path", "policyId:path");
        assertThat(parameterNames(operation("/api/v3/companies/{companyId}/webhooks/{webhookId}", "delete")))
                .containsExactly("companyId:path", "webhookId:path");
        var tenantId = operation("/api/v1/api-keys", "get").path("parameters").get(0);
        assertThat(tenantId.path("required").asBoolean()).isFalse();
        assertThat(tenantId.path("schema").path("type").asText()).isEqualTo("string");
    }

    private static List<String> parameterNames(JsonNode operation) {
        var names = new ArrayList<String>();
        operation
                .path("parameters")
                .forEach(p ->
                        names.add(p.path("name").asText() + ":" + p.path("in").asText()));
        return names;
    }

    private Map<String, JsonNode> operations() {
        var operations = new java.util.LinkedHashMap<String, JsonNode>();
        document.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(op -> operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
        return operations;
    }

    private JsonNode operation(String path, String method) {
        var operation = document.path("paths").path(path).path(method);
        assertThat(operation.isMissingNode()).as(method + " " + path).isFalse();
        return operation;
    }

    private JsonNode parameter(String path, String name) {
        for (var parameter : operation(path, "get").path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter.path("schema");
            }
        }
        throw new AssertionError("No parameter " + name + " on " + path);
    }

    private JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    private static String ref(JsonNode response) {
        return response.path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText()
                .replace("#/components/schemas/", "");
    }
}
