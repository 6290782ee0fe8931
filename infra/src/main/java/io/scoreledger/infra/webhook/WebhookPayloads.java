package io.scoreledger.infra.webhook;

import io.scoreledger.assessment.events.AssessmentCompleted;
import io.scoreledger.assessment.events.AssessmentScored;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import io.scoreledger.webhook.WebhookEventType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Maps domain events to the seed's webhook payload, {event, timestamp, data}, with snake_case data fields. */
final class WebhookPayloads {

    record Payload(TenantId tenantId, WebhookEventType type, Instant timestamp, Map<String, Object> data) {

        Map<String, Object> body() {
            var body = new LinkedHashMap<String, Object>();
            body.put("event", type.wireName());
            body.put("timestamp", timestamp.toString());
            body.put("data", data);
            return body;
        }
    }

    private WebhookPayloads() {}

    /**
     * The payload for an event, or empty when no webhook event stems from it; actor is the acting principal from the
     * event's metadata, if known (usr_…, key_… or "operator").
     */
    static Optional<Payload> of(Object event, String actor) {
        return Optional.ofNullable(
                switch (event) {
                    case PolicyCreated e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.POLICY_CREATED,
                                e.createdAt(),
                                data(
                                        "policy_id", e.policyId().value(),
                                        "title", e.title(),
                                        "client_id", e.clientId().value(),
                                        "version", e.version(),
                                        "created_by", actor));
                    case PolicyUpdated e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.POLICY_UPDATED,
                                e.updatedAt(),
                                data(
                                        "policy_id", e.policyId().value(),
                                        "title", e.title(),
                                        "version", e.version(),
                                        "updated_by", actor));
                    case PolicyPublished e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.POLICY_PUBLISHED,
                                e.publishedAt(),
                                data(
                                        "policy_id", e.policyId().value(),
                                        "title", e.title(),
                                        "client_id", e.clientId().value(),
                                        "version", e.version(),
                                        "published_by", e.publishedBy() != null ? e.publishedBy() : actor));
                    case PolicyApproved e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.POLICY_APPROVED,
                                e.approvedAt(),
                                data("policy_id", e.policyId().value(), "version", e.version(), "approved_by", actor));
                    case PolicyRejected e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.POLICY_REJECTED,
                                e.rejectedAt(),
                                data(
                                        "policy_id", e.policyId().value(),
                                        "version", e.version(),
                                        "reason", e.reason(),
                                        "rejected_by", actor));
                    case AssessmentStarted e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.ASSESSMENT_STARTED,
                                e.startedAt(),
                                data(
                                        "assessment_id", e.assessmentId().value(),
                                        "client_id", e.clientId().value(),
                                        "name", e.name(),
                                        "version", e.version()));
                    case AssessmentCompleted e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.ASSESSMENT_COMPLETED,
                                e.completedAt(),
                                data("assessment_id", e.assessmentId().value(), "score", e.score()));
                    case AssessmentScored e ->
                        new Payload(
                                e.tenantId(),
                                WebhookEventType.ASSESSMENT_SCORED,
                                e.scoredAt(),
                                data(
                                        "assessment_id", e.assessmentId().value(),
                                        "score", e.score(),
                                        "method_version", e.methodVersion()));
                    default -> null;
                });
    }

    /** Pairs of name and value; a null value leaves the field out, as the seed shows only known fields. */
    private static Map<String, Object> data(Object... pairs) {
        var data = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                data.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return data;
    }
}
