package io.scoreledger.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.webhook.WebhookEventType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

    @Test
    void givenPolicyPublished_whenMapped_thenThePayloadHasTheSeedsShape() {
        var tenant = TenantId.mint();
        var policy = PolicyId.mint();
        var client = ClientId.mint();
        var event = new PolicyPublished(
                tenant,
                policy,
                client,
                "Security Policy",
                "d",
                "c",
                "2.0",
                "usr_789",
                Instant.parse("2025-02-20T15:30:00Z"));

        var payload = WebhookPayloads.of(event, "usr_other").orElseThrow();

        assertThat(payload.tenantId()).isEqualTo(tenant);
        assertThat(payload.type()).isEqualTo(WebhookEventType.POLICY_PUBLISHED);
        assertThat(payload.body())
                .containsExactly(
                        Map.entry("event", "policy.published"),
                        Map.entry("timestamp", "2025-02-20T15:30:00Z"),
                        Map.entry(
                                "data",
                                Map.of(
                                        "policy_id", policy.value(),
                                        "title", "Security Policy",
                                        "client_id", client.value(),
                                        "version", "2.0",
                                        "published_by", "usr_789")));
    }

    @Test
    void givenAnEventWithoutAWebhook_whenMapped_thenNothing() {
        assertThat(WebhookPayloads.of("not an event", null)).isEmpty();
    }

    @Test
    void givenEveryWireName_whenParsed_thenItNamesItsType() {
        for (var type : WebhookEventType.values()) {
            assertThat(WebhookEventType.fromWireName(type.wireName())).contains(type);
        }
        assertThat(WebhookEventType.fromWireName("policy.deleted")).isEmpty();
    }
}
