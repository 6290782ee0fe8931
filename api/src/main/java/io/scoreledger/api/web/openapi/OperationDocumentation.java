package io.scoreledger.api.web.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The route reference: each operation's description (its rules, in Markdown) and the examples of its request and
 * response bodies, kept in {@value #LOCATION}&lt;operationId&gt;.yml rather than in annotations, so a controller stays
 * short and the text is read and reviewed as text. A file has {@code description} and {@code examples}, the latter
 * keyed by {@code request} or a success status; OpenApiDocumentHttpTest holds every file to an operation and every
 * example to its schema.
 */
public class OperationDocumentation implements GlobalOpenApiCustomizer {

    public static final String LOCATION = "openapi/operations/";
    public static final String REQUEST = "request";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    private final Map<String, JsonNode> byOperationId = load();

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> item.readOperations().forEach(this::document));
    }

    private void document(Operation operation) {
        var documentation = byOperationId.get(operation.getOperationId());
        if (documentation == null) {
            return;
        }
        operation.setDescription(documentation.path("description").asText(null));
        documentation.path("examples").properties().forEach(example -> {
            var content = REQUEST.equals(example.getKey())
                    ? operation.getRequestBody() == null
                            ? null
                            : operation.getRequestBody().getContent()
                    : operation.getResponses() == null
                                    || operation.getResponses().get(example.getKey()) == null
                            ? null
                            : operation.getResponses().get(example.getKey()).getContent();
            exampleOf(content, example.getValue());
        });
    }

    private static void exampleOf(Content content, JsonNode example) {
        if (content != null && content.get(JSON) != null) {
            content.get(JSON).setExample(example);
        }
    }

    private static Map<String, JsonNode> load() {
        var documented = new LinkedHashMap<String, JsonNode>();
        try {
            for (var resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.yml")) {
                var name = resource.getFilename();
                try (var in = resource.getInputStream()) {
                    documented.put(
                            name.substring(0, name.length() - ".yml".length()),
                            Yaml.mapper().readTree(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the operations' documentation in " + LOCATION, e);
        }
        return documented;
    }
}
