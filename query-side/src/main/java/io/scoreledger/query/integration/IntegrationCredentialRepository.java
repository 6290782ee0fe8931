package io.scoreledger.query.integration;

import static io.scoreledger.query.jooq.Tables.INTEGRATION_CREDENTIAL;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.IntegrationCredentialStatus;
import io.scoreledger.integration.IntegrationType;
import io.scoreledger.integration.events.IntegrationCredentialAdded;
import io.scoreledger.integration.events.IntegrationCredentialRevoked;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import io.scoreledger.query.jooq.tables.records.IntegrationCredentialRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The integration credential read model. Rows are written idempotently by aggregate sequence and never hold the
 * sealed secrets: the events carry those, and nothing that lists credentials needs them.
 */
public class IntegrationCredentialRepository {

    private final DSLContext dsl;

    public IntegrationCredentialRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(IntegrationCredentialAdded event, long sequence) {
        dsl.insertInto(INTEGRATION_CREDENTIAL)
                .set(INTEGRATION_CREDENTIAL.ID, event.credentialId().value())
                .set(INTEGRATION_CREDENTIAL.COMPANY_ID, event.tenantId().value())
                .set(INTEGRATION_CREDENTIAL.CLIENT_ID, event.clientId().value())
                .set(INTEGRATION_CREDENTIAL.TYPE, event.type().name())
                .set(INTEGRATION_CREDENTIAL.NAME, event.name())
                .set(INTEGRATION_CREDENTIAL.SERVER_URL, event.serverUrl())
                .set(INTEGRATION_CREDENTIAL.EXTERNAL_CLIENT_ID, event.externalClientId())
                .set(INTEGRATION_CREDENTIAL.STATUS, IntegrationCredentialStatus.ACTIVE.name())
                .set(INTEGRATION_CREDENTIAL.CREATED_AT, event.addedAt())
                .set(INTEGRATION_CREDENTIAL.LAST_SEQUENCE, sequence)
                .onConflict(INTEGRATION_CREDENTIAL.ID)
                .doNothing()
                .execute();
    }

    void revoke(IntegrationCredentialRevoked event, long sequence) {
        dsl.update(INTEGRATION_CREDENTIAL)
                .set(INTEGRATION_CREDENTIAL.STATUS, IntegrationCredentialStatus.REVOKED.name())
                .set(INTEGRATION_CREDENTIAL.REVOKED_AT, event.revokedAt())
                .set(INTEGRATION_CREDENTIAL.LAST_SEQUENCE, sequence)
                .where(INTEGRATION_CREDENTIAL.ID.eq(event.credentialId().value()))
                .and(INTEGRATION_CREDENTIAL.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(INTEGRATION_CREDENTIAL).execute();
    }

    List<IntegrationCredentialView> findByClient(TenantId tenantId, ClientId clientId) {
        return dsl.selectFrom(INTEGRATION_CREDENTIAL)
                .where(INTEGRATION_CREDENTIAL.COMPANY_ID.eq(tenantId.value()))
                .and(INTEGRATION_CREDENTIAL.CLIENT_ID.eq(clientId.value()))
                .orderBy(INTEGRATION_CREDENTIAL.CREATED_AT, INTEGRATION_CREDENTIAL.ID)
                .fetch(IntegrationCredentialRepository::toView);
    }

    Optional<IntegrationCredentialView> find(TenantId tenantId, IntegrationCredentialId credentialId) {
        return dsl.selectFrom(INTEGRATION_CREDENTIAL)
                .where(INTEGRATION_CREDENTIAL.COMPANY_ID.eq(tenantId.value()))
                .and(INTEGRATION_CREDENTIAL.ID.eq(credentialId.value()))
                .fetchOptional(IntegrationCredentialRepository::toView);
    }

    private static IntegrationCredentialView toView(IntegrationCredentialRecord row) {
        return new IntegrationCredentialView(
                new IntegrationCredentialId(row.getId()),
                new TenantId(row.getCompanyId()),
                new ClientId(row.getClientId()),
                IntegrationType.valueOf(row.getType()),
                row.getName(),
                IntegrationCredentialStatus.valueOf(row.getStatus()),
                row.getServerUrl(),
                row.getExternalClientId(),
                row.getLastSync(),
                row.getCreatedAt());
    }
}
