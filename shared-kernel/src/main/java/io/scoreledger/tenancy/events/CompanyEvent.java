package io.scoreledger.tenancy.events;

import io.scoreledger.ids.TenantId;

public sealed interface CompanyEvent permits CompanyCreated {

    TenantId tenantId();
}
