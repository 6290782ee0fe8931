package io.scoreledger.policy.events;

import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;

public sealed interface PolicyEvent
        permits PolicyCreated,
                PolicyUpdated,
                PolicyPublished,
                PolicyApproved,
                PolicyRejected,
                PolicyArchived,
                PolicyAcknowledged {

    TenantId tenantId();

    PolicyId policyId();
}
