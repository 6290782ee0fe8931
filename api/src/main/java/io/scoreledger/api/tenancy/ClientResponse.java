package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.tenancy.queries.ClientView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record ClientResponse(
        String id,
        String name,
        String status,
        @Nullable String city,
        @Nullable String state,
        @Nullable String country,
        @Nullable String industry,
        @JsonProperty("employee_count") @Nullable Integer employeeCount,
        @JsonProperty("email_delivery_settings") @Nullable String emailDeliverySettings,
        @JsonProperty("policy_count") int policyCount,
        @JsonProperty("assessment_count") int assessmentCount,
        @JsonProperty("created_at") Instant createdAt) {

    static ClientResponse of(ClientView view) {
        var profile = view.profile();
        return new ClientResponse(
                view.id().value(),
                profile.name(),
                view.status().name(),
                profile.city(),
                profile.state(),
                profile.country(),
                profile.industry(),
                profile.employeeCount(),
                profile.emailDeliverySettings(),
                view.policyCount(),
                view.assessmentCount(),
                view.createdAt());
    }
}
