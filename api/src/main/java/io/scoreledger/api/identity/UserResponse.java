package io.scoreledger.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.ids.ClientId;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A user as the seed's GET /api/v4/users shows it, plus the permissions and client assignments behind it. */
record UserResponse(
        String id,
        String name,
        String email,
        RoleResponse role,
        @Nullable CompanyRef company,
        String status,
        List<String> permissions,
        @JsonProperty("client_ids") List<String> clientIds,
        @JsonProperty("created_at") Instant createdAt) {

    record RoleResponse(
            String name, @JsonProperty("display_name") String displayName) {}

    @Schema(name = "UserCompanyRef")
    record CompanyRef(String id, String name) {}

    static UserResponse of(UserView user) {
        return new UserResponse(
                user.id().value(),
                user.name(),
                user.email(),
                new RoleResponse(user.role().wireName(), user.role().displayName()),
                new CompanyRef(user.tenantId().value(), user.companyName()),
                user.active() ? "Active" : "Inactive",
                user.role().permissions(),
                user.clientIds().stream().map(ClientId::value).sorted().toList(),
                user.createdAt());
    }
}
