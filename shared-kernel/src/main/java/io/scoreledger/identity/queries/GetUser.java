package io.scoreledger.identity.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import java.util.Optional;

/** tenantId null looks the user up in every company: only for callers who may see them all. */
public record GetUser(TenantId tenantId, UserId userId) {

    /** user is null when the tenant has no such user. */
    public record Result(UserView user) {

        public Optional<UserView> found() {
            return Optional.ofNullable(user);
        }
    }
}
