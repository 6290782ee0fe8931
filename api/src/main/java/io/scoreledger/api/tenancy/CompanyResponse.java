package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.tenancy.queries.CompanyView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record CompanyResponse(
        String id,
        String name,
        @Nullable String email,
        @JsonProperty("subscription_status") String subscriptionStatus,
        @JsonProperty("subscription_package") String subscriptionPackage,
        @JsonProperty("client_count") int clientCount,
        @JsonProperty("user_count") int userCount,
        @JsonProperty("created_at") Instant createdAt,

        @JsonProperty("subscription_cycle_end_date") @Nullable
        Instant subscriptionCycleEndDate) {

    static CompanyResponse of(CompanyView view) {
        return new CompanyResponse(
                view.id().value(),
                view.name(),
                view.email(),
                view.subscriptionStatus(),
                view.subscriptionPackage().wireName(),
                view.clientCount(),
                view.userCount(),
                view.createdAt(),
                view.subscriptionCycleEndsAt());
    }
}
