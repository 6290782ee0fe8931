package io.scoreledger.query.tenancy;

import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.ASSESSMENT;
import static io.scoreledger.query.jooq.Tables.CLIENT;
import static io.scoreledger.query.jooq.Tables.COMPANY;
import static io.scoreledger.query.jooq.Tables.POLICY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.jooq.tables.records.ClientRecord;
import io.scoreledger.tenancy.events.ClientCreated;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.tenancy.queries.CompanyView;
import io.scoreledger.values.ClientProfile;
import io.scoreledger.values.ClientStatus;
import io.scoreledger.values.SubscriptionPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The tenancy read model: companies and their clients. Writes are idempotent by aggregate sequence. */
public class TenancyRepository {

    /** Policies in force or in the making: archived ones no longer count. */
    private static final Field<Integer> POLICY_COUNT = field(selectCount()
                    .from(POLICY)
                    .where(POLICY.COMPANY_ID.eq(CLIENT.COMPANY_ID))
                    .and(POLICY.CLIENT_ID.eq(CLIENT.ID))
                    .and(POLICY.STATUS.ne("ARCHIVED")))
            .as("policy_count");
    /** Deleted assessments stay in the event log but no longer count. */
    private static final Field<Integer> ASSESSMENT_COUNT = field(selectCount()
                    .from(ASSESSMENT)
                    .where(ASSESSMENT.COMPANY_ID.eq(CLIENT.COMPANY_ID))
                    .and(ASSESSMENT.CLIENT_ID.eq(CLIENT.ID))
                    .and(ASSESSMENT.DELETED_AT.isNull()))
            .as("assessment_count");

    private final DSLContext dsl;

    public TenancyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void upsertCompany(CompanyCreated event, long sequence) {
        dsl.insertInto(COMPANY)
                .set(COMPANY.ID, event.tenantId().value())
                .set(COMPANY.NAME, event.name())
                .set(COMPANY.EMAIL, event.email())
                .set(COMPANY.SUBSCRIPTION_STATUS, "active")
                .set(COMPANY.SUBSCRIPTION_PACKAGE, event.subscriptionPackage().name())
                .set(COMPANY.CREATED_AT, event.createdAt())
                .set(COMPANY.SUBSCRIPTION_CYCLE_END_DATE, event.subscriptionCycleEndsAt())
                .set(COMPANY.LAST_SEQUENCE, sequence)
                .onConflict(COMPANY.ID)
                .doNothing()
                .execute();
    }

    void insertClient(ClientCreated event, long sequence) {
        var profile = event.profile();
        dsl.insertInto(CLIENT)
                .set(CLIENT.ID, event.clientId().value())
                .set(CLIENT.COMPANY_ID, event.tenantId().value())
                .set(CLIENT.NAME, profile.name())
                .set(CLIENT.STATUS, ClientStatus.ACTIVE.name())
                .set(CLIENT.CITY, profile.city())
                .set(CLIENT.STATE, profile.state())
                .set(CLIENT.COUNTRY, profile.country())
                .set(CLIENT.INDUSTRY, profile.industry())
                .set(CLIENT.EMPLOYEE_COUNT, profile.employeeCount())
                .set(CLIENT.EMAIL_DELIVERY_SETTINGS, profile.emailDeliverySettings())
                .set(CLIENT.CREATED_AT, event.createdAt())
                .set(CLIENT.LAST_SEQUENCE, sequence)
                .onConflict(CLIENT.ID)
                .doNothing()
                .execute();
    }

    void changeClientStatus(ClientId clientId, ClientStatus status, long sequence) {
        dsl.update(CLIENT)
                .set(CLIENT.STATUS, status.name())
                .set(CLIENT.LAST_SEQUENCE, sequence)
                .where(CLIENT.ID.eq(clientId.value()))
                .and(CLIENT.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(CLIENT).execute();
        dsl.deleteFrom(COMPANY).execute();
    }

    List<CompanyView> findCompanies(boolean unrestricted, Set<TenantId> visible) {
        Condition visibleOnly = unrestricted
                ? DSL.trueCondition()
                : COMPANY.ID.in(visible.stream().map(TenantId::value).toList());
        return companiesWithCounts()
                .where(visibleOnly)
                .orderBy(COMPANY.CREATED_AT, COMPANY.ID)
                .fetch(this::toCompanyView);
    }

    Optional<CompanyView> findCompany(TenantId tenantId) {
        return companiesWithCounts().where(COMPANY.ID.eq(tenantId.value())).fetchOptional(this::toCompanyView);
    }

    List<ClientView> findClients(TenantId tenantId, ClientStatus status, String nameContains) {
        var conditions = new ArrayList<Condition>();
        conditions.add(CLIENT.COMPANY_ID.eq(tenantId.value()));
        if (status != null) {
            conditions.add(CLIENT.STATUS.eq(status.name()));
        }
        if (nameContains != null && !nameContains.isBlank()) {
            conditions.add(CLIENT.NAME.containsIgnoreCase(nameContains.strip()));
        }
        return clientsWithCounts()
                .where(conditions)
                .orderBy(CLIENT.CREATED_AT, CLIENT.ID)
                .fetch(this::toClientView);
    }

    Optional<ClientView> findClient(TenantId tenantId, ClientId clientId) {
        return clientsWithCounts()
                .where(CLIENT.COMPANY_ID.eq(tenantId.value()))
                .and(CLIENT.ID.eq(clientId.value()))
                .fetchOptional(this::toClientView);
    }

    private org.jooq.SelectJoinStep<Record> companiesWithCounts() {
        Field<Integer> clientCount = field(selectCount().from(CLIENT).where(CLIENT.COMPANY_ID.eq(COMPANY.ID)))
                .as("client_count");
        Field<Integer> userCount = field(selectCount().from(APP_USER).where(APP_USER.COMPANY_ID.eq(COMPANY.ID)))
                .as("user_count");
        return dsl.select(COMPANY.fields()).select(clientCount, userCount).from(COMPANY);
    }

    private org.jooq.SelectJoinStep<Record> clientsWithCounts() {
        return dsl.select(CLIENT.fields())
                .select(POLICY_COUNT, ASSESSMENT_COUNT)
                .from(CLIENT);
    }

    private CompanyView toCompanyView(Record row) {
        return new CompanyView(
                new TenantId(row.get(COMPANY.ID)),
                row.get(COMPANY.NAME),
                row.get(COMPANY.EMAIL),
                row.get(COMPANY.SUBSCRIPTION_STATUS),
                SubscriptionPackage.valueOf(row.get(COMPANY.SUBSCRIPTION_PACKAGE)),
                row.get("client_count", Integer.class),
                row.get("user_count", Integer.class),
                row.get(COMPANY.CREATED_AT),
                row.get(COMPANY.SUBSCRIPTION_CYCLE_END_DATE));
    }

    private ClientView toClientView(Record row) {
        ClientRecord client = row.into(CLIENT);
        return new ClientView(
                new ClientId(client.getId()),
                new TenantId(client.getCompanyId()),
                new ClientProfile(
                        client.getName(),
                        client.getCity(),
                        client.getState(),
                        client.getCountry(),
                        client.getIndustry(),
                        client.getEmployeeCount(),
                        client.getEmailDeliverySettings()),
                ClientStatus.valueOf(client.getStatus()),
                row.get(POLICY_COUNT),
                row.get(ASSESSMENT_COUNT),
                client.getCreatedAt());
    }
}
