package io.scoreledger.infra.support;

import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class whose HTTP exchanges broke the OpenAPI document, listing each violation once with its count.
 * Registered for every test class through JUnit's extension autodetection (junit-platform.properties and
 * META-INF/services), so tests that build their own HttpApi are covered too.
 */
public class OpenApiConformanceCheck implements AfterAllCallback {

    @Override
    public void afterAll(ExtensionContext context) {
        var violations = OpenApiConformance.drain();
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " response(s) in " + context.getDisplayName()
                    + " contradict the served OpenAPI document (/v3/api-docs):\n"
                    + violations.entrySet().stream()
                            .map(v -> "- " + v.getKey()
                                    + (v.getValue().count() > 1
                                            ? " (" + v.getValue().count() + " times)"
                                            : "") + "\n    e.g. " + v.getValue().example())
                            .collect(Collectors.joining("\n")));
        }
    }
}
