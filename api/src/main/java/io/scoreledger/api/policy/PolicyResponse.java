package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.policy.queries.PolicyView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The seed's policy object; rejection_reason is added (null unless the policy is rejected). */
record PolicyResponse(
        String id,
        String title,
        @Nullable String description,
        @Nullable Category category,
        String status,
        @Nullable Owner owner,
        @JsonProperty("current_version") String currentVersion,
        @JsonProperty("last_updated") Instant lastUpdated,
        @JsonProperty("adoption_rate") double adoptionRate,
        @JsonProperty("rejection_reason") @Nullable String rejectionReason) {

    record Category(String id, String name) {}

    record Owner(String id, String name) {}

    static PolicyResponse of(PolicyView view) {
        return new PolicyResponse(
                view.id().value(),
                view.title(),
                view.description(),
                view.category() == null
                        ? null
                        : new Category(
                                view.category().id().value(), view.category().name()),
                view.status().wireName(),
                view.owner() == null
                        ? null
                        : new Owner(view.owner().id().value(), view.owner().name()),
                view.currentVersion(),
                view.lastUpdated(),
                view.adoptionRate(),
                view.rejectionReason());
    }
}
