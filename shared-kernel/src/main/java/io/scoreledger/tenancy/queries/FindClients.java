package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.ClientStatus;
import java.util.List;

/** status and nameContains are optional filters (null means any); the name match ignores case. */
public record FindClients(TenantId tenantId, ClientStatus status, String nameContains) {

    public record Result(List<ClientView> clients) {}
}
