package io.scoreledger.infra.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain HTTP client against the running application, as an integrator would call it. Every answer is also held to
 * the OpenAPI document ({@link OpenApiConformance}).
 */
public final class HttpApi {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final String token;

    HttpApi(int port, String token) {
        this.port = port;
        this.token = token;
    }

    public static HttpApi at(int port, String token) {
        return new HttpApi(port, token);
    }

    public HttpApi withToken(String otherToken) {
        return new HttpApi(port, otherToken);
    }

    public Response get(String path) {
        return send("GET", path, (String) null, List.of());
    }

    public Response delete(String path) {
        return send("DELETE", path, (String) null, List.of());
    }

    public Response post(String path, String json) {
        return send("POST", path, json, List.of("Content-Type", "application/json"));
    }

    public Response patch(String path, String json) {
        return send("PATCH", path, json, List.of("Content-Type", "application/json"));
    }

    /** Sends the body without a Content-Length, as chunked transfer encoding. */
    public Response postStreamed(String path, String json) {
        var bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send(
                "POST",
                path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)),
                List.of("Content-Type", "application/json"));
    }

    public Response send(String method, String path, String body, List<String> headers) {
        return send(
                method,
                path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                headers);
    }

    private Response send(String method, String path, HttpRequest.BodyPublisher body, List<String> headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        var allHeaders = new ArrayList<>(headers);
        if (token != null && !allHeaders.contains("Authorization")) {
            allHeaders.add("Authorization");
            allHeaders.add("Bearer " + token);
        }
        for (int i = 0; i < allHeaders.size(); i += 2) {
            builder.header(allHeaders.get(i), allHeaders.get(i + 1));
        }
        builder.method(method, body);
        try {
            var sent = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            var response = new Response(sent.statusCode(), sent.body(), sent.headers());
            OpenApiConformance.check(port, method, path, response);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + "): " + body, e);
            }
        }

        public JsonNode data() {
            return json().get("data");
        }

        public String errorCode() {
            return json().path("error").path("code").asText();
        }

        public JsonNode details() {
            return json().path("error").path("details");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
