package io.scoreledger.infra.webhook;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import io.scoreledger.query.policy.PolicyProjector;
import io.scoreledger.query.webhook.WebhookProjector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class WebhooksHttpTest extends ApplicationTest {

    record Received(Map<String, String> headers, String body) {}

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate jdbc;

    private Directory directory;
    private String companyId;
    private String clientId;
    private String webhooks;
    private HttpServer receiver;
    private String receiverUrl;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void companyAndReceiver() throws IOException {
        directory = new Directory(api());
        companyId = directory.company("Webhooks MSP", "enterprise");
        clientId = directory.client(companyId, "Initech");
        webhooks = "/api/v3/companies/" + companyId + "/webhooks";
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    Map.of(
                            "webhook-id", exchange.getRequestHeaders().getFirst("webhook-id"),
                            "webhook-timestamp", exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                            "webhook-signature", exchange.getRequestHeaders().getFirst("webhook-signature")),
                    body));
            var status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
        receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private HttpApi.Response subscribe(String events) {
        return api().post(
                        webhooks,
                        "{\"url\": \"" + receiverUrl + "\", \"events\": " + events + ", \"description\": \"Alerts\"}");
    }

    private HttpApi.Response delete(HttpApi as, String path) {
        return as.send("DELETE", path, null, List.of());
    }

    private void awaitReceived(int count) throws InterruptedException {
        var deadline = Instant.now().plusSeconds(15);
        while (received.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(received).hasSizeGreaterThanOrEqualTo(count);
    }

    private static String expectedSignature(String secret, String id, String timestamp, String body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private String publishPolicy() {
        var policies = "/api/v3/companies/" + companyId + "/clients/" + clientId + "/policies";
        var created = api().post(policies, "{\"title\": \"Security Policy\"}");
        assertSuccess(created, 201);
        var policyId = created.data().get("id").asText();
        assertSuccess(api().post(policies + "/" + policyId + "/publish", ""), 200);
        return policyId;
    }

    @Test
    void givenAWebhook_whenCreatedListedReadAndDeleted_thenTheSecretIsShownOnlyOnce() {
        var created = subscribe("[\"policy.published\", \"assessment.failed\"]");

        assertSuccess(created, 201);
        var id = created.data().get("id").asText();
        assertThat(id).matches("whk_[0-9A-Za-z]{20}");
        assertThat(created.data().get("secret").asText()).matches("whsec_[A-Za-z0-9+/]{32}");
        assertThat(created.data().get("status").asText()).isEqualTo("active");
        assertThat(created.data().get("events").toString()).isEqualTo("[\"policy.published\",\"assessment.failed\"]");

        var one = api().get(webhooks + "/" + id);
        assertSuccess(one, 200);
        assertThat(one.data().has("secret")).isFalse();
        assertThat(one.data().get("description").asText()).isEqualTo("Alerts");
        var list = api().get(webhooks);
        assertThat(list.data()).hasSize(1);
        assertThat(list.data().get(0).has("secret")).isFalse();
        var sealed = jdbc.queryForObject("select sealed_secret from webhook_target where id = ?", String.class, id);
        assertThat(sealed).doesNotContain(created.data().get("secret").asText());

        assertThat(delete(api(), webhooks + "/" + id).status()).isEqualTo(204);
        assertError(api().get(webhooks + "/" + id), 404, "NOT_FOUND");
        assertError(delete(api(), webhooks + "/" + id), 404, "NOT_FOUND");
        assertThat(api().get(webhooks).data()).isEmpty();
    }

    @Test
    void givenBadInput_whenSubscribing_thenValidationErrors() {
        for (var body : List.of(
                "{\"events\": [\"policy.created\"]}",
                "{\"url\": \"" + receiverUrl + "\", \"events\": []}",
                "{\"url\": \"" + receiverUrl + "\"}",
                "{\"url\": \"" + receiverUrl + "\", \"events\": [\"policy.deleted\"]}",
                "{\"url\": \"ftp://example.com/in\", \"events\": [\"policy.created\"]}",
                "{\"url\": \"not a url\", \"events\": [\"policy.created\"]}")) {
            assertError(api().post(webhooks, body), 422, "VALIDATION_ERROR");
        }
        assertThat(api().get(webhooks).data()).isEmpty();
    }

    @Test
    void givenABadUrlAndUnknownEvents_whenSubscribing_thenEveryBadFieldIsReportedAtOnce() {
        var response = api().post(webhooks, """
                {"url": "ftp://example.com/in", "events": ["policy.created", "policy.deleted", "nothing.happened"]}""");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().fieldNames()).toIterable().containsExactlyInAnyOrder("url", "events");
        assertThat(response.details().get("events")).hasSize(2);
        assertThat(response.details().get("events").get(0).asText()).contains("policy.deleted");
        assertThat(response.details().get("events").get(1).asText()).contains("nothing.happened");
        assertThat(api().get(webhooks).data()).isEmpty();
    }

    @Test
    void givenUnknownIds_whenAddressed_thenNotFound() {
        for (var path : List.of(
                webhooks + "/whk_00000000000000000000",
                webhooks + "/not-an-id",
                webhooks + "/whk_00000000000000000000/deliveries",
                "/api/v3/companies/cmp_00000000000000000000/webhooks")) {
            assertError(api().get(path), 404, "NOT_FOUND");
        }
        assertError(delete(api(), webhooks + "/whk_00000000000000000000"), 404, "NOT_FOUND");
    }

    @Test
    void givenNoOrWrongCredentials_whenAddressingWebhooks_thenUnauthorizedOrForbidden() {
        var id = subscribe("[\"policy.created\"]").data().get("id").asText();
        var one = webhooks + "/" + id;
        for (var response : List.of(
                anonymous().get(webhooks),
                anonymous().post(webhooks, "{\"url\": \"" + receiverUrl + "\", \"events\": [\"policy.created\"]}"),
                anonymous().get(one),
                anonymous().get(one + "/deliveries"),
                delete(anonymous(), one),
                anonymous()
                        .post("/api/v1/integrations/webhook/test-connection", "{\"url\": \"" + receiverUrl + "\"}"))) {
            assertError(response, 401, "UNAUTHORIZED");
        }

        var admin = api().withToken(directory.user(companyId, "msp_admin").token());
        var unscoped = api().withToken(Directory.apiKey(admin, companyId, "policies:read"));
        var otherCompany = directory.company("Intruder MSP", "plus");
        var intruder = api().withToken(directory.user(otherCompany, "msp_admin").token());
        for (var as : List.of(unscoped, intruder)) {
            for (var response : List.of(
                    as.get(webhooks),
                    as.post(webhooks, "{\"url\": \"" + receiverUrl + "\", \"events\": [\"policy.created\"]}"),
                    as.get(one),
                    as.get(one + "/deliveries"),
                    delete(as, one))) {
                assertError(response, 403, "FORBIDDEN");
            }
        }
        assertThat(intruder.get(one).json().path("error").path("message").asText())
                .isEqualTo("You are not authorized for this tenant context.");
        assertSuccess(api().get(one), 200);
    }

    @Test
    void givenAReceiverThatFailsOnce_whenAPolicyIsPublished_thenASignedEventArrivesAndIsRedelivered() throws Exception {
        var created = subscribe("[\"policy.published\"]");
        var webhookId = created.data().get("id").asText();
        var secret = created.data().get("secret").asText();
        failuresLeft.set(1);

        var policyId = publishPolicy();
        awaitReceived(2);

        var first = received.get(0);
        var second = received.get(1);
        assertThat(second.headers().get("webhook-id")).isEqualTo(first.headers().get("webhook-id"));
        assertThat(second.body()).isEqualTo(first.body());
        for (var delivery : List.of(first, second)) {
            assertThat(delivery.headers().get("webhook-signature"))
                    .isEqualTo(expectedSignature(
                            secret,
                            delivery.headers().get("webhook-id"),
                            delivery.headers().get("webhook-timestamp"),
                            delivery.body()));
        }
        var payload = new ObjectMapper().readTree(first.body());
        assertThat(payload.get("event").asText()).isEqualTo("policy.published");
        assertThat(Instant.parse(payload.get("timestamp").asText())).isNotNull();
        assertThat(payload.get("data").get("policy_id").asText()).isEqualTo(policyId);
        assertThat(payload.get("data").get("title").asText()).isEqualTo("Security Policy");
        assertThat(payload.get("data").get("client_id").asText()).isEqualTo(clientId);
        assertThat(payload.get("data").get("version").asText()).isEqualTo("1.0");
        assertThat(payload.get("data").get("published_by").asText()).isEqualTo("operator");

        var deadline = Instant.now().plusSeconds(5);
        HttpApi.Response log;
        do {
            Thread.sleep(50);
            log = api().get(webhooks + "/" + webhookId + "/deliveries");
        } while (!log.data().get(0).get("status").asText().equals("delivered")
                && Instant.now().isBefore(deadline));
        assertSuccess(log, 200);
        assertThat(log.data()).hasSize(1);
        assertThat(log.data().get(0).get("event").asText()).isEqualTo("policy.published");
        assertThat(log.data().get(0).get("status").asText()).isEqualTo("delivered");
        assertThat(log.data().get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(log.data().get(0).get("response_code").asInt()).isEqualTo(200);
        assertThat(log.data().get(0).get("next_attempt_at").isNull()).isTrue();
        var attemptLog = log.data().get(0).get("attempt_log");
        assertThat(attemptLog).as("every attempt kept, the failed one included").hasSize(2);
        assertThat(attemptLog.get(0).get("attempt").asInt()).isEqualTo(1);
        assertThat(attemptLog.get(0).get("response_code").asInt()).isEqualTo(500);
        assertThat(attemptLog.get(0).get("error").asText()).contains("500");
        assertThat(attemptLog.get(1).get("attempt").asInt()).isEqualTo(2);
        assertThat(attemptLog.get(1).get("response_code").asInt()).isEqualTo(200);
        assertThat(attemptLog.get(1).get("error").isNull()).isTrue();
        for (var attempt : attemptLog) {
            assertThat(Instant.parse(attempt.get("attempted_at").asText())).isNotNull();
            assertThat(attempt.get("duration_ms").asLong()).isNotNegative();
        }
        assertThat(Instant.parse(attemptLog.get(1).get("attempted_at").asText()))
                .isAfterOrEqualTo(
                        Instant.parse(attemptLog.get(0).get("attempted_at").asText()));
    }

    @Test
    void givenDeliveredEvents_whenTheReadModelsAreResetAndReplayed_thenNothingIsDeliveredAgain() throws Exception {
        var webhookId = subscribe("[\"policy.created\", \"policy.published\"]")
                .data()
                .get("id")
                .asText();
        publishPolicy();
        awaitReceived(2);
        Thread.sleep(300);
        var before = jdbc.queryForObject(
                "select count(*) from webhook_delivery where webhook_id = ?", Integer.class, webhookId);

        for (var group : List.of(PolicyProjector.PROCESSING_GROUP, WebhookProjector.PROCESSING_GROUP)) {
            var processor = processing
                    .eventProcessor(group, TrackingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (api().get(webhooks + "/" + webhookId).status() != 200
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertSuccess(api().get(webhooks + "/" + webhookId), 200);
        Thread.sleep(1_000);

        assertThat(jdbc.queryForObject(
                        "select count(*) from webhook_delivery where webhook_id = ?", Integer.class, webhookId))
                .isEqualTo(before)
                .isEqualTo(2);
        assertThat(received).hasSize(2);
    }

    @Test
    void givenAReceiver_whenTestingTheConnection_thenASignedTestEventIsReported() throws Exception {
        var secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var byUrl = api().post(
                        "/api/v1/integrations/webhook/test-connection",
                        "{\"url\": \"" + receiverUrl + "\", \"secret\": \"" + secret + "\"}");

        assertSuccess(byUrl, 200);
        assertThat(byUrl.data().get("delivered").asBoolean()).isTrue();
        assertThat(byUrl.data().get("statusCode").asInt()).isEqualTo(200);
        var test = received.get(0);
        assertThat(test.headers().get("webhook-signature"))
                .isEqualTo(expectedSignature(
                        secret,
                        test.headers().get("webhook-id"),
                        test.headers().get("webhook-timestamp"),
                        test.body()));

        var webhookId = subscribe("[\"policy.created\"]").data().get("id").asText();
        failuresLeft.set(1);
        var byId =
                api().post("/api/v1/integrations/webhook/test-connection", "{\"webhook_id\": \"" + webhookId + "\"}");
        assertSuccess(byId, 200);
        assertThat(byId.data().get("delivered").asBoolean()).isFalse();
        assertThat(byId.data().get("statusCode").asInt()).isEqualTo(500);
        assertThat(byId.data().get("error").asText()).contains("500");

        assertError(api().post("/api/v1/integrations/webhook/test-connection", "{}"), 422, "VALIDATION_ERROR");
        assertError(
                api().post(
                                "/api/v1/integrations/webhook/test-connection",
                                "{\"webhook_id\": \"whk_00000000000000000000\"}"),
                404,
                "NOT_FOUND");
    }

    @Test
    void givenDeliveriesThatFailEveryAttempt_whenFiveInARowGiveUp_thenTheWebhookIsDisabledWithAReason()
            throws Exception {
        var webhookId = subscribe("[\"policy.created\"]").data().get("id").asText();
        failuresLeft.set(1_000);
        for (int i = 0; i < 5; i++) {
            jdbc.update(
                    "insert into webhook_delivery (id, webhook_id, company_id, event_id, event_type, payload, status,"
                            + " attempts, next_attempt_at, created_at) values (?, ?, ?, ?, 'policy.created', '{}',"
                            + " 'pending', 7, now(), now())",
                    "whd_last" + i + webhookId,
                    webhookId,
                    companyId,
                    "evt_last" + i + webhookId);
        }

        var deadline = Instant.now().plusSeconds(10);
        HttpApi.Response one;
        do {
            Thread.sleep(100);
            one = api().get(webhooks + "/" + webhookId);
        } while (!one.data().get("status").asText().equals("disabled")
                && Instant.now().isBefore(deadline));

        assertThat(one.data().get("status").asText()).isEqualTo("disabled");
        assertThat(one.data().get("disabled_reason").asText())
                .isEqualTo("Every attempt of the last 5 deliveries failed.");
        var log = api().get(webhooks + "/" + webhookId + "/deliveries");
        assertThat(log.data()).hasSize(5);
        log.data().forEach(delivery -> {
            assertThat(delivery.get("status").asText()).isEqualTo("failed");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(8);
            assertThat(delivery.get("response_code").asInt()).isEqualTo(500);
        });
    }
}
