package io.scoreledger.infra.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scoreledger.infra.support.ApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/api/openapi.json is the served /v3/api-docs, kept in the tree so a client can be generated without running the
 * service (the build generates one from it for GeneratedClientFlowHttpTest). The copy must never drift from what the
 * service serves.
 */
class PublishedDocumentHttpTest extends ApplicationTest {

    static final Path PUBLISHED = Path.of("..", "docs", "api", "openapi.json");
    private static final String REWRITE_SWITCH = "scoreledger.openapi.write";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void givenTheServedDocument_whenComparedWithThePublishedCopy_thenTheyAreTheSame() throws IOException {
        var served = withoutServers(anonymous().get("/v3/api-docs").json());

        if (Boolean.getBoolean(REWRITE_SWITCH)) {
            Files.writeString(PUBLISHED, JSON.writeValueAsString(JSON.convertValue(served, Object.class)) + "\n");
        }

        assertThat(Files.exists(PUBLISHED)).as("docs/api/openapi.json exists").isTrue();
        assertThat(JSON.readTree(PUBLISHED.toFile()))
                .as("docs/api/openapi.json is out of date; rewrite it with "
                        + "./mvnw -B -pl infra -am test -Dtest=PublishedDocumentHttpTest -Dsurefire.failIfNoSpecifiedTests=false -D"
                        + REWRITE_SWITCH + "=true")
                .isEqualTo(served);
    }

    /** The server entry names the random test port; a published copy names no host. */
    private static JsonNode withoutServers(JsonNode document) {
        var copy = (ObjectNode) document.deepCopy();
        copy.remove("servers");
        return copy;
    }
}
