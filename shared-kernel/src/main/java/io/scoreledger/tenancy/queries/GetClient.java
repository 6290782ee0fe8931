package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;

public record GetClient(TenantId tenantId, ClientId clientId) {

    /** client is null when the tenant has no such client. */
    public record Result(ClientView client) {

        public Optional<ClientView> found() {
            return Optional.ofNullable(client);
        }
    }
}
