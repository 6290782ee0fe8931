package io.scoreledger.infra.tenancy;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spring's own failures leave in the seeds' envelope too, never as a whitelabel page or a stack trace. */
class ErrorEnvelopeHttpTest extends ApplicationTest {

    @Test
    void givenUnknownRoute_whenCalled_thenNotFoundEnvelope() {
        assertError(api().get("/api/v3/nothing-here"), 404, "NOT_FOUND");
        assertError(api().get("/v1/scores/unknown"), 404, "NOT_FOUND");
    }

    @Test
    void givenWrongMethod_whenCalled_thenMethodNotAllowedWithAllowHeader() {
        var response = api().send("DELETE", "/api/v3/companies", (String) null, List.of());

        assertError(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.header("Allow")).contains("GET").contains("POST");
    }

    @Test
    void givenMalformedJson_whenPosting_thenBadRequest() {
        var response = api().post("/api/v3/companies", "{\"name\": ");

        assertError(response, 400, "BAD_REQUEST");
        assertThat(response.json().path("error").path("message").asText())
                .isEqualTo("The request body is not valid JSON.");
    }

    @Test
    void givenMissingBody_whenPosting_thenBadRequest() {
        assertError(
                api().send("POST", "/api/v3/companies", (String) null, List.of("Content-Type", "application/json")),
                400,
                "BAD_REQUEST");
    }

    @Test
    void givenWrongContentType_whenPosting_thenUnsupportedMediaType() {
        assertError(
                api().send("POST", "/api/v3/companies", "name=x", List.of("Content-Type", "text/plain")),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void givenUnacceptableAccept_whenGetting_thenNotAcceptable() {
        assertError(
                api().send("GET", "/api/v3/companies", (String) null, List.of("Accept", "application/xml")),
                406,
                "NOT_ACCEPTABLE");
    }

    @Test
    void givenOversizedDeclaredBody_whenPosting_thenPayloadTooLarge() {
        var huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        assertError(api().post("/api/v3/companies", huge), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void givenOversizedChunkedBody_whenPosting_thenPayloadTooLarge() {
        var huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        var response = api().postStreamed("/api/v3/companies", huge);

        assertError(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void givenLowercaseBearerScheme_whenCalling_thenAccepted() {
        var response = api().withToken(null)
                .send("GET", "/api/v3/companies", (String) null, List.of("Authorization", "bearer " + OPERATOR_TOKEN));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void givenOperationalEndpoints_whenCalledWithoutCredential_thenServed() {
        assertThat(anonymous().get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).isEqualTo(200);
    }
}
