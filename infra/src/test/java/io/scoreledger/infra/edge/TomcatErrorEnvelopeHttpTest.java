package io.scoreledger.infra.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.infra.support.ApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Requests Tomcat refuses before any servlet sees them still answer the error envelope, with a status that says what
 * was wrong. Sent over a raw socket: java.net.http refuses to send most of these.
 */
class TomcatErrorEnvelopeHttpTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record RawResponse(int status, Map<String, String> headers, String body) {

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    @Test
    void givenEncodedSlashDotsOrNulInThePath_whenRequested_thenBadRequestEnvelope() throws IOException {
        for (var path : new String[] {
            "/api/v3/companies/a%2Fb", "/api/v3/%2e%2e%2fcompanies", "/api/v3/companies/a%00b", "/api/v3/companies/%5C"
        }) {
            assertEnvelope(get(path, ""), 400, "BAD_REQUEST");
        }
    }

    @Test
    void givenAQueryStringThatIsNotUtf8_whenRequested_thenBadRequestEnvelope() throws IOException {
        for (var path : new String[] {"/api/v3/companies?search=%FF%FE", "/api/v1/dashboard/summary?tenantId=%C0%AF"}) {
            assertEnvelope(get(path, ""), 400, "BAD_REQUEST");
        }
    }

    @Test
    void givenQueryStringOverTheRequestLineLimit_whenRequested_thenUriTooLongEnvelope() throws IOException {
        var response = get("/api/v3/companies?search=" + "a".repeat(9_000), "");

        assertEnvelope(response, 414, "URI_TOO_LONG");
    }

    @Test
    void givenHeadersOverTheLimit_whenRequested_thenHeadersTooLargeEnvelope() throws IOException {
        var response = get("/api/v3/companies", "X-Padding: " + "a".repeat(9_000) + "\r\n");

        assertEnvelope(response, 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void givenControlCharacterInAHeaderValue_whenRequested_thenBadRequestEnvelope() throws IOException {
        var response = get("/api/v3/companies", "x-tenant-id: cmp\u0000x\r\n");

        assertEnvelope(response, 400, "BAD_REQUEST");
    }

    private void assertEnvelope(RawResponse response, int status, String code) throws IOException {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.headers().get("content-type"))
                .as(response.toString())
                .startsWith("application/json");
        var json = JSON.readTree(response.body());
        assertThat(json.get("success").asBoolean()).isFalse();
        assertThat(json.path("error").path("code").asText()).isEqualTo(code);
        assertThat(json.path("error").path("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("<html", "Exception", "Tomcat");
    }

    private RawResponse get(String target, String extraHeaders) throws IOException {
        var request = "GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + OPERATOR_TOKEN
                + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var bytes = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(bytes);
            } catch (java.net.SocketException closedAfterAnswering) {
                // Tomcat may reset the connection once it has answered a request it will not read further
            }
            return parse(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    private static RawResponse parse(String raw) {
        int headerEnd = raw.indexOf("\r\n\r\n");
        assertThat(headerEnd).as(raw).isPositive();
        var lines = raw.substring(0, headerEnd).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, String>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        var body = raw.substring(headerEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new RawResponse(status, headers, body);
    }

    private static String dechunk(String chunked) {
        var body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
