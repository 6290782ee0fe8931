package io.scoreledger.command.tenancy;

import io.scoreledger.ids.TenantId;

/** Whether a company exists, asked by commands that create things inside it. */
@FunctionalInterface
public interface KnownCompanies {

    boolean exists(TenantId tenantId);
}
