package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.policy.queries.PolicyVersionView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record PolicyVersionResponse(
        String version,
        String title,
        @Nullable String description,
        @Nullable String content,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("published_at") @Nullable Instant publishedAt) {

    static PolicyVersionResponse of(PolicyVersionView view) {
        return new PolicyVersionResponse(
                view.version(), view.title(), view.description(), view.content(), view.createdAt(), view.publishedAt());
    }
}
