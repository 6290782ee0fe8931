package io.scoreledger.integration.commands;

import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeIntegrationCredential(
        TenantId tenantId, @TargetAggregateIdentifier IntegrationCredentialId credentialId, Instant requestedAt) {}
