package io.scoreledger.tenancy.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;

public sealed interface ClientEvent permits ClientCreated, ClientDeactivated, ClientReactivated {

    TenantId tenantId();

    ClientId clientId();
}
