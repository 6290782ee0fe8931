package io.scoreledger.webhook;

import java.util.Arrays;
import java.util.Optional;

/** The seed's webhook event names. ASSESSMENT_FAILED has no source event yet: it can be subscribed to, never fires. */
public enum WebhookEventType {
    POLICY_CREATED("policy.created"),
    POLICY_UPDATED("policy.updated"),
    POLICY_PUBLISHED("policy.published"),
    POLICY_APPROVED("policy.approved"),
    POLICY_REJECTED("policy.rejected"),
    ASSESSMENT_STARTED("assessment.started"),
    ASSESSMENT_COMPLETED("assessment.completed"),
    ASSESSMENT_SCORED("assessment.scored"),
    ASSESSMENT_FAILED("assessment.failed");

    private final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEventType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
