package io.scoreledger.tenancy.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.ClientProfile;
import io.scoreledger.values.ClientStatus;
import java.time.Instant;

public record ClientView(
        ClientId id,
        TenantId tenantId,
        ClientProfile profile,
        ClientStatus status,
        int policyCount,
        int assessmentCount,
        Instant createdAt) {}
