package io.scoreledger.query.policy;

import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.POLICY;
import static io.scoreledger.query.jooq.Tables.POLICY_ACKNOWLEDGEMENT;
import static io.scoreledger.query.jooq.Tables.POLICY_CATEGORY;
import static io.scoreledger.query.jooq.Tables.POLICY_VERSION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.splitPart;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyUpdated;
import io.scoreledger.policy.queries.PolicyCategoryView;
import io.scoreledger.policy.queries.PolicyVersionView;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.query.jooq.tables.records.PolicyCategoryRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

/**
 * The policy read model: categories, policies, every version's text and acknowledgements. Policy rows are written
 * idempotently by aggregate sequence, the others are insert-once. Adoption is computed when read, from the score
 * projection's employee rows (read only here), so it follows employees moving between clients.
 */
public class PolicyRepository {

    private static final Field<Integer> CLIENT_EMPLOYEES = field(selectCount()
                    .from(EMPLOYEE)
                    .where(EMPLOYEE.COMPANY_ID.eq(POLICY.COMPANY_ID))
                    .and(EMPLOYEE.CLIENT_ID.eq(POLICY.CLIENT_ID)))
            .as("client_employees");
    private static final Field<Integer> ACKNOWLEDGED = field(selectCount()
                    .from(POLICY_ACKNOWLEDGEMENT)
                    .join(EMPLOYEE)
                    .on(EMPLOYEE.ID.eq(POLICY_ACKNOWLEDGEMENT.EMPLOYEE_ID))
                    .where(POLICY_ACKNOWLEDGEMENT.POLICY_ID.eq(POLICY.ID))
                    .and(POLICY_ACKNOWLEDGEMENT.VERSION.eq(POLICY.PUBLISHED_VERSION))
                    .and(EMPLOYEE.COMPANY_ID.eq(POLICY.COMPANY_ID))
                    .and(EMPLOYEE.CLIENT_ID.eq(POLICY.CLIENT_ID)))
            .as("acknowledged");

    private final DSLContext dsl;

    public PolicyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insertCategory(PolicyCategoryCreated event, long sequence) {
        dsl.insertInto(POLICY_CATEGORY)
                .set(POLICY_CATEGORY.ID, event.categoryId().value())
                .set(POLICY_CATEGORY.COMPANY_ID, event.tenantId().value())
                .set(POLICY_CATEGORY.NAME, event.name())
                .set(POLICY_CATEGORY.CREATED_AT, event.createdAt())
                .set(POLICY_CATEGORY.LAST_SEQUENCE, sequence)
                .onConflict(POLICY_CATEGORY.ID)
                .doNothing()
                .execute();
    }

    void insertPolicy(PolicyCreated event, long sequence) {
        dsl.insertInto(POLICY)
                .set(POLICY.ID, event.policyId().value())
                .set(POLICY.COMPANY_ID, event.tenantId().value())
                .set(POLICY.CLIENT_ID, event.clientId().value())
                .set(POLICY.TITLE, event.title())
                .set(POLICY.DESCRIPTION, event.description())
                .set(POLICY.CONTENT, event.content())
                .set(
                        POLICY.CATEGORY_ID,
                        event.categoryId() == null ? null : event.categoryId().value())
                .set(
                        POLICY.OWNER_ID,
                        event.ownerId() == null ? null : event.ownerId().value())
                .set(POLICY.POLICY_TYPE, event.policyType())
                .set(POLICY.NOTES, event.notes())
                .set(POLICY.STATUS, PolicyStatus.DRAFT.name())
                .set(POLICY.CURRENT_VERSION, event.version())
                .set(POLICY.CREATED_AT, event.createdAt())
                .set(POLICY.LAST_UPDATED, event.createdAt())
                .set(POLICY.LAST_SEQUENCE, sequence)
                .onConflict(POLICY.ID)
                .doNothing()
                .execute();
        insertVersion(
                event.policyId(),
                event.version(),
                event.title(),
                event.description(),
                event.content(),
                event.createdAt(),
                null);
    }

    void updatePolicy(PolicyUpdated event, long sequence) {
        dsl.update(POLICY)
                .set(POLICY.TITLE, event.title())
                .set(POLICY.DESCRIPTION, event.description())
                .set(POLICY.CONTENT, event.content())
                .set(POLICY.STATUS, PolicyStatus.DRAFT.name())
                .set(POLICY.CURRENT_VERSION, event.version())
                .setNull(POLICY.REJECTION_REASON)
                .set(POLICY.LAST_UPDATED, event.updatedAt())
                .set(POLICY.LAST_SEQUENCE, sequence)
                .where(POLICY.ID.eq(event.policyId().value()))
                .and(POLICY.LAST_SEQUENCE.lt(sequence))
                .execute();
        insertVersion(
                event.policyId(),
                event.version(),
                event.title(),
                event.description(),
                event.content(),
                event.updatedAt(),
                null);
    }

    void publishPolicy(PolicyPublished event, long sequence) {
        dsl.update(POLICY)
                .set(POLICY.STATUS, PolicyStatus.PUBLISHED.name())
                .set(POLICY.CURRENT_VERSION, event.version())
                .set(POLICY.PUBLISHED_VERSION, event.version())
                .setNull(POLICY.REJECTION_REASON)
                .set(POLICY.LAST_UPDATED, event.publishedAt())
                .set(POLICY.LAST_SEQUENCE, sequence)
                .where(POLICY.ID.eq(event.policyId().value()))
                .and(POLICY.LAST_SEQUENCE.lt(sequence))
                .execute();
        insertVersion(
                event.policyId(),
                event.version(),
                event.title(),
                event.description(),
                event.content(),
                event.publishedAt(),
                event.publishedAt());
    }

    void changeStatus(PolicyId policyId, PolicyStatus status, String rejectionReason, Instant at, long sequence) {
        dsl.update(POLICY)
                .set(POLICY.STATUS, status.name())
                .set(POLICY.REJECTION_REASON, rejectionReason)
                .set(POLICY.LAST_UPDATED, at)
                .set(POLICY.LAST_SEQUENCE, sequence)
                .where(POLICY.ID.eq(policyId.value()))
                .and(POLICY.LAST_SEQUENCE.lt(sequence))
                .execute();
    }

    void insertAcknowledgement(PolicyAcknowledged event) {
        dsl.insertInto(POLICY_ACKNOWLEDGEMENT)
                .set(POLICY_ACKNOWLEDGEMENT.POLICY_ID, event.policyId().value())
                .set(POLICY_ACKNOWLEDGEMENT.EMPLOYEE_ID, event.employeeId().value())
                .set(POLICY_ACKNOWLEDGEMENT.VERSION, event.version())
                .set(POLICY_ACKNOWLEDGEMENT.COMPANY_ID, event.tenantId().value())
                .set(POLICY_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, event.acknowledgedAt())
                .onConflictDoNothing()
                .execute();
    }

    private void insertVersion(
            PolicyId policyId,
            String version,
            String title,
            String description,
            String content,
            Instant createdAt,
            Instant publishedAt) {
        dsl.insertInto(POLICY_VERSION)
                .set(POLICY_VERSION.POLICY_ID, policyId.value())
                .set(POLICY_VERSION.VERSION, version)
                .set(POLICY_VERSION.TITLE, title)
                .set(POLICY_VERSION.DESCRIPTION, description)
                .set(POLICY_VERSION.CONTENT, content)
                .set(POLICY_VERSION.CREATED_AT, createdAt)
                .set(POLICY_VERSION.PUBLISHED_AT, publishedAt)
                .onConflictDoNothing()
                .execute();
    }

    void deleteAll() {
        dsl.deleteFrom(POLICY_ACKNOWLEDGEMENT).execute();
        dsl.deleteFrom(POLICY_VERSION).execute();
        dsl.deleteFrom(POLICY).execute();
        dsl.deleteFrom(POLICY_CATEGORY).execute();
    }

    List<PolicyCategoryView> findCategories(TenantId tenantId) {
        return dsl.selectFrom(POLICY_CATEGORY)
                .where(POLICY_CATEGORY.COMPANY_ID.eq(tenantId.value()))
                .orderBy(POLICY_CATEGORY.CREATED_AT, POLICY_CATEGORY.ID)
                .fetch(PolicyRepository::toCategoryView);
    }

    Optional<PolicyCategoryView> findCategory(TenantId tenantId, PolicyCategoryId categoryId) {
        return dsl.selectFrom(POLICY_CATEGORY)
                .where(POLICY_CATEGORY.COMPANY_ID.eq(tenantId.value()))
                .and(POLICY_CATEGORY.ID.eq(categoryId.value()))
                .fetchOptional(PolicyRepository::toCategoryView);
    }

    List<PolicyView> findPolicies(
            TenantId tenantId,
            ClientId clientId,
            PolicyStatus status,
            PolicyCategoryId categoryId,
            String titleContains) {
        var conditions = new ArrayList<Condition>();
        conditions.add(POLICY.COMPANY_ID.eq(tenantId.value()));
        conditions.add(POLICY.CLIENT_ID.eq(clientId.value()));
        if (status != null) {
            conditions.add(POLICY.STATUS.eq(status.name()));
        }
        if (categoryId != null) {
            conditions.add(POLICY.CATEGORY_ID.eq(categoryId.value()));
        }
        if (titleContains != null && !titleContains.isBlank()) {
            conditions.add(POLICY.TITLE.containsIgnoreCase(titleContains.strip()));
        }
        return policies()
                .where(conditions)
                .orderBy(POLICY.CREATED_AT, POLICY.ID)
                .fetch(this::toPolicyView);
    }

    Optional<PolicyView> findPolicy(TenantId tenantId, PolicyId policyId) {
        return policies()
                .where(POLICY.COMPANY_ID.eq(tenantId.value()))
                .and(POLICY.ID.eq(policyId.value()))
                .fetchOptional(this::toPolicyView);
    }

    List<PolicyVersionView> findVersions(TenantId tenantId, PolicyId policyId) {
        return dsl.select(POLICY_VERSION.fields())
                .from(POLICY_VERSION)
                .join(POLICY)
                .on(POLICY.ID.eq(POLICY_VERSION.POLICY_ID))
                .where(POLICY.COMPANY_ID.eq(tenantId.value()))
                .and(POLICY_VERSION.POLICY_ID.eq(policyId.value()))
                .orderBy(
                        splitPart(POLICY_VERSION.VERSION, ".", 1).cast(Integer.class),
                        splitPart(POLICY_VERSION.VERSION, ".", 2).cast(Integer.class))
                .fetch(row -> new PolicyVersionView(
                        row.get(POLICY_VERSION.VERSION),
                        row.get(POLICY_VERSION.TITLE),
                        row.get(POLICY_VERSION.DESCRIPTION),
                        row.get(POLICY_VERSION.CONTENT),
                        row.get(POLICY_VERSION.CREATED_AT),
                        row.get(POLICY_VERSION.PUBLISHED_AT)));
    }

    Optional<Instant> findAcknowledgement(TenantId tenantId, PolicyId policyId, EmployeeId employeeId, String version) {
        return dsl.select(POLICY_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT)
                .from(POLICY_ACKNOWLEDGEMENT)
                .where(POLICY_ACKNOWLEDGEMENT.COMPANY_ID.eq(tenantId.value()))
                .and(POLICY_ACKNOWLEDGEMENT.POLICY_ID.eq(policyId.value()))
                .and(POLICY_ACKNOWLEDGEMENT.EMPLOYEE_ID.eq(employeeId.value()))
                .and(POLICY_ACKNOWLEDGEMENT.VERSION.eq(version))
                .fetchOptional(row -> row.value1());
    }

    private SelectOnConditionStep<Record> policies() {
        return dsl.select(POLICY.fields())
                .select(POLICY_CATEGORY.NAME, APP_USER.NAME, CLIENT_EMPLOYEES, ACKNOWLEDGED)
                .from(POLICY)
                .leftJoin(POLICY_CATEGORY)
                .on(POLICY_CATEGORY.ID.eq(POLICY.CATEGORY_ID))
                .leftJoin(APP_USER)
                .on(APP_USER.ID.eq(POLICY.OWNER_ID));
    }

    private static PolicyCategoryView toCategoryView(PolicyCategoryRecord row) {
        return new PolicyCategoryView(
                new PolicyCategoryId(row.getId()), new TenantId(row.getCompanyId()), row.getName(), row.getCreatedAt());
    }

    private PolicyView toPolicyView(Record row) {
        var categoryId = row.get(POLICY.CATEGORY_ID);
        var ownerId = row.get(POLICY.OWNER_ID);
        var publishedVersion = row.get(POLICY.PUBLISHED_VERSION);
        int employees = row.get(CLIENT_EMPLOYEES);
        int acknowledged = row.get(ACKNOWLEDGED);
        double adoption =
                publishedVersion == null || employees == 0 ? 0.0 : Math.round(1000.0 * acknowledged / employees) / 10.0;
        return new PolicyView(
                new PolicyId(row.get(POLICY.ID)),
                new TenantId(row.get(POLICY.COMPANY_ID)),
                new ClientId(row.get(POLICY.CLIENT_ID)),
                row.get(POLICY.TITLE),
                row.get(POLICY.DESCRIPTION),
                row.get(POLICY.CONTENT),
                categoryId == null
                        ? null
                        : new PolicyView.Category(new PolicyCategoryId(categoryId), row.get(POLICY_CATEGORY.NAME)),
                ownerId == null ? null : new PolicyView.Owner(new UserId(ownerId), row.get(APP_USER.NAME)),
                row.get(POLICY.POLICY_TYPE),
                row.get(POLICY.NOTES),
                PolicyStatus.valueOf(row.get(POLICY.STATUS)),
                row.get(POLICY.CURRENT_VERSION),
                publishedVersion,
                row.get(POLICY.REJECTION_REASON),
                adoption,
                row.get(POLICY.CREATED_AT),
                row.get(POLICY.LAST_UPDATED));
    }
}
