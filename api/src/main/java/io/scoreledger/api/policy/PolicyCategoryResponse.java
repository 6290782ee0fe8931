package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.policy.queries.PolicyCategoryView;
import java.time.Instant;

record PolicyCategoryResponse(
        String id, String name, @JsonProperty("created_at") Instant createdAt) {

    static PolicyCategoryResponse of(PolicyCategoryView view) {
        return new PolicyCategoryResponse(view.id().value(), view.name(), view.createdAt());
    }
}
