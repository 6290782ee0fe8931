package io.scoreledger.query.policy;

import static io.scoreledger.query.jooq.Tables.APP_USER;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.POLICY;
import static io.scoreledger.query.jooq.Tables.POLICY_ACKNOWLEDGEMENT;
import static io.scoreledger.query.jooq.Tables.POLICY_CATEGORY;
import static io.scoreledger.query.jooq.Tables.POLICY_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyArchived;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import io.scoreledger.policy.queries.FindPolicies;
import io.scoreledger.policy.queries.FindPolicyCategories;
import io.scoreledger.policy.queries.FindPolicyVersions;
import io.scoreledger.policy.queries.GetPolicy;
import io.scoreledger.policy.queries.GetPolicyAcknowledgement;
import io.scoreledger.policy.queries.GetPolicyCategory;
import io.scoreledger.policy.queries.PolicyVersionView;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_policyacme");
    private static final TenantId GLOBEX = new TenantId("cmp_policyglobex");
    private static final ClientId INITECH = new ClientId("cli_polinitech");
    private static final ClientId HOOLI = new ClientId("cli_polhooli");
    private static final PolicyCategoryId SECURITY = new PolicyCategoryId("pcat_security");
    private static final PolicyCategoryId PRIVACY = new PolicyCategoryId("pcat_privacy");
    private static final PolicyId INFOSEC = new PolicyId("pol_infosec");
    private static final PolicyId BACKUP = new PolicyId("pol_backup");
    private static final PolicyId FOREIGN = new PolicyId("pol_foreign");
    private static final UserId OWNER = new UserId("usr_polowner");
    private static final EmployeeId ALICE = new EmployeeId("emp_polalice");
    private static final EmployeeId BOB = new EmployeeId("emp_polbob");
    private static final EmployeeId CAROL = new EmployeeId("emp_polcarol");
    private static final EmployeeId DAVE = new EmployeeId("emp_poldave");
    private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final PolicyRepository repository = new PolicyRepository(dsl);
    private final PolicyProjector projector = new PolicyProjector(repository);
    private final PolicyQueryHandler queries = new PolicyQueryHandler(repository);

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
        dsl.deleteFrom(EMPLOYEE)
                .where(EMPLOYEE.COMPANY_ID.in(ACME.value(), GLOBEX.value()))
                .execute();
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(OWNER.value())).execute();
        dsl.insertInto(APP_USER)
                .set(APP_USER.ID, OWNER.value())
                .set(APP_USER.COMPANY_ID, ACME.value())
                .set(APP_USER.NAME, "Policy Owner")
                .set(APP_USER.EMAIL, "owner@policy.example")
                .set(APP_USER.ROLE, "MSP_ADMIN")
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.CLIENT_IDS, new String[0])
                .set(APP_USER.CREATED_AT, T0)
                .set(APP_USER.LAST_SEQUENCE, 0L)
                .execute();
        employee(ALICE, INITECH);
        employee(BOB, INITECH);
        employee(CAROL, INITECH);
        employee(DAVE, HOOLI);
    }

    private void employee(EmployeeId id, ClientId client) {
        dsl.insertInto(EMPLOYEE)
                .set(EMPLOYEE.ID, id.value())
                .set(EMPLOYEE.COMPANY_ID, ACME.value())
                .set(EMPLOYEE.EMAIL, id.value() + "@acme.example")
                .set(EMPLOYEE.DEPARTMENT, "")
                .set(EMPLOYEE.CLIENT_ID, client.value())
                .set(EMPLOYEE.CONTRIBUTION_FACTORS, new String[0])
                .set(EMPLOYEE.CONTRIBUTION_POINTS, new Double[0])
                .set(EMPLOYEE.LAST_SEQUENCE, 0L)
                .execute();
    }

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static EventFeed history() {
        return new EventFeed()
                .append(
                        "PolicyCategory",
                        SECURITY.value(),
                        new PolicyCategoryCreated(ACME, SECURITY, "Security", at(0)))
                .append("PolicyCategory", PRIVACY.value(), new PolicyCategoryCreated(ACME, PRIVACY, "Privacy", at(1)))
                .append(
                        "Policy",
                        INFOSEC.value(),
                        new PolicyCreated(
                                ACME,
                                INFOSEC,
                                INITECH,
                                "Information Security Policy",
                                "Comprehensive",
                                null,
                                SECURITY,
                                OWNER,
                                "operational",
                                "Internal",
                                "0.1",
                                at(2)))
                .append(
                        "Policy",
                        BACKUP.value(),
                        new PolicyCreated(
                                ACME,
                                BACKUP,
                                INITECH,
                                "Backup Policy",
                                null,
                                null,
                                PRIVACY,
                                null,
                                null,
                                null,
                                "0.1",
                                at(3)))
                .append(
                        "Policy",
                        FOREIGN.value(),
                        new PolicyCreated(
                                GLOBEX,
                                FOREIGN,
                                HOOLI,
                                "Foreign Security",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "0.1",
                                at(4)))
                .append(
                        "Policy",
                        INFOSEC.value(),
                        new PolicyUpdated(
                                ACME,
                                INFOSEC,
                                "Information Security Policy",
                                "Comprehensive",
                                "Section 1",
                                "0.2",
                                at(5)))
                .append(
                        "Policy",
                        INFOSEC.value(),
                        new PolicyPublished(
                                ACME,
                                INFOSEC,
                                INITECH,
                                "Information Security Policy",
                                "Comprehensive",
                                "Section 1",
                                "1.0",
                                "usr_publisher",
                                at(6)))
                .append("Policy", INFOSEC.value(), new PolicyAcknowledged(ACME, INFOSEC, ALICE, "1.0", at(7)))
                .append("Policy", INFOSEC.value(), new PolicyAcknowledged(ACME, INFOSEC, DAVE, "1.0", at(8)))
                .append("Policy", INFOSEC.value(), new PolicyApproved(ACME, INFOSEC, "1.0", at(9)));
    }

    @Test
    void givenLifecycle_whenProjected_thenThePolicyShowsItsLatestState() {
        EventFeed.deliver(projector, history().events());

        var infosec = queries.handle(new GetPolicy(ACME, INFOSEC)).policy();

        assertThat(infosec.title()).isEqualTo("Information Security Policy");
        assertThat(infosec.content()).isEqualTo("Section 1");
        assertThat(infosec.status()).isEqualTo(PolicyStatus.APPROVED);
        assertThat(infosec.currentVersion()).isEqualTo("1.0");
        assertThat(infosec.publishedVersion()).isEqualTo("1.0");
        assertThat(infosec.category()).isEqualTo(new PolicyView.Category(SECURITY, "Security"));
        assertThat(infosec.owner()).isEqualTo(new PolicyView.Owner(OWNER, "Policy Owner"));
        assertThat(infosec.policyType()).isEqualTo("operational");
        assertThat(infosec.createdAt()).isEqualTo(at(2));
        assertThat(infosec.lastUpdated()).isEqualTo(at(9));
    }

    @Test
    void givenAcknowledgements_whenRead_thenAdoptionIsTheShareOfTheClientsEmployees() {
        EventFeed.deliver(projector, history().events());

        // Alice of Initech's three employees; Dave belongs to another client and does not count.
        assertThat(queries.handle(new GetPolicy(ACME, INFOSEC)).policy().adoptionRate())
                .isEqualTo(33.3);
        assertThat(queries.handle(new GetPolicy(ACME, BACKUP)).policy().adoptionRate())
                .isZero();
    }

    @Test
    void givenNextVersionPublished_whenRead_thenOnlyItsAcknowledgementsCount() {
        var feed = history()
                .append("Policy", INFOSEC.value(), new PolicyAcknowledged(ACME, INFOSEC, BOB, "1.0", at(10)))
                .append(
                        "Policy",
                        INFOSEC.value(),
                        new PolicyUpdated(
                                ACME,
                                INFOSEC,
                                "Information Security Policy",
                                "Comprehensive",
                                "Section 2",
                                "1.1",
                                at(11)));
        EventFeed.deliver(projector, feed.events());
        var revised = queries.handle(new GetPolicy(ACME, INFOSEC)).policy();
        assertThat(revised.status()).isEqualTo(PolicyStatus.DRAFT);
        assertThat(revised.currentVersion()).isEqualTo("1.1");
        assertThat(revised.adoptionRate()).isEqualTo(66.7);

        var republished = feedAfter(
                feed,
                new PolicyPublished(
                        ACME,
                        INFOSEC,
                        INITECH,
                        "Information Security Policy",
                        "Comprehensive",
                        "Section 2",
                        "2.0",
                        "usr_publisher",
                        at(12)));
        EventFeed.deliver(projector, republished.events());

        var policy = queries.handle(new GetPolicy(ACME, INFOSEC)).policy();
        assertThat(policy.currentVersion()).isEqualTo("2.0");
        assertThat(policy.adoptionRate()).isZero();
        assertThat(queries.handle(new GetPolicyAcknowledgement(ACME, INFOSEC, BOB, "1.0"))
                        .found())
                .isPresent();
        assertThat(queries.handle(new GetPolicyAcknowledgement(ACME, INFOSEC, BOB, "2.0"))
                        .found())
                .isEmpty();
    }

    private static EventFeed feedAfter(EventFeed feed, Object event) {
        return feed.append("Policy", INFOSEC.value(), event);
    }

    @Test
    void givenVersions_whenListed_thenEveryVersionsTextStaysReadableInOrder() {
        EventFeed.deliver(projector, history().events());

        var versions = queries.handle(new FindPolicyVersions(ACME, INFOSEC)).versions();

        assertThat(versions)
                .containsExactly(
                        new PolicyVersionView("0.1", "Information Security Policy", "Comprehensive", null, at(2), null),
                        new PolicyVersionView(
                                "0.2", "Information Security Policy", "Comprehensive", "Section 1", at(5), null),
                        new PolicyVersionView(
                                "1.0", "Information Security Policy", "Comprehensive", "Section 1", at(6), at(6)));
        assertThat(queries.handle(new FindPolicyVersions(GLOBEX, INFOSEC)).versions())
                .isEmpty();
    }

    @Test
    void givenRejectionThenArchive_whenProjected_thenReasonKeptUntilArchived() {
        var feed = new EventFeed()
                .append(
                        "Policy",
                        BACKUP.value(),
                        new PolicyCreated(
                                ACME,
                                BACKUP,
                                INITECH,
                                "Backup Policy",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                "0.1",
                                at(0)))
                .append(
                        "Policy",
                        BACKUP.value(),
                        new PolicyPublished(
                                ACME, BACKUP, INITECH, "Backup Policy", null, null, "1.0", "usr_publisher", at(1)))
                .append("Policy", BACKUP.value(), new PolicyRejected(ACME, BACKUP, "1.0", "Too vague", at(2)));
        EventFeed.deliver(projector, feed.events());
        var rejected = queries.handle(new GetPolicy(ACME, BACKUP)).policy();
        assertThat(rejected.status()).isEqualTo(PolicyStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("Too vague");
        assertThat(rejected.category()).isNull();
        assertThat(rejected.owner()).isNull();

        EventFeed.deliver(
                projector,
                feed.append("Policy", BACKUP.value(), new PolicyArchived(ACME, BACKUP, at(3)))
                        .events());

        var archived = queries.handle(new GetPolicy(ACME, BACKUP)).policy();
        assertThat(archived.status()).isEqualTo(PolicyStatus.ARCHIVED);
        assertThat(archived.lastUpdated()).isEqualTo(at(3));
    }

    @Test
    void givenPolicies_whenFilteringByStatusCategoryAndTitle_thenOnlyMatchesOfThatClient() {
        EventFeed.deliver(projector, history().events());

        assertThat(ids(new FindPolicies(ACME, INITECH, null, null, null))).containsExactly(INFOSEC, BACKUP);
        assertThat(ids(new FindPolicies(ACME, INITECH, PolicyStatus.APPROVED, null, null)))
                .containsExactly(INFOSEC);
        assertThat(ids(new FindPolicies(ACME, INITECH, PolicyStatus.DRAFT, null, null)))
                .containsExactly(BACKUP);
        assertThat(ids(new FindPolicies(ACME, INITECH, null, PRIVACY, null))).containsExactly(BACKUP);
        assertThat(ids(new FindPolicies(ACME, INITECH, null, null, "SECURITY"))).containsExactly(INFOSEC);
        assertThat(ids(new FindPolicies(ACME, INITECH, null, null, "%"))).isEmpty();
        assertThat(ids(new FindPolicies(ACME, HOOLI, null, null, null))).isEmpty();
        assertThat(ids(new FindPolicies(GLOBEX, HOOLI, null, null, null))).containsExactly(FOREIGN);
    }

    @Test
    void givenCategories_whenListed_thenOnlyTheTenantsOldestFirst() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindPolicyCategories(ACME)).categories())
                .extracting(c -> c.name())
                .containsExactly("Security", "Privacy");
        assertThat(queries.handle(new FindPolicyCategories(GLOBEX)).categories())
                .isEmpty();
        assertThat(queries.handle(new GetPolicyCategory(ACME, PRIVACY)).found()).isPresent();
        assertThat(queries.handle(new GetPolicyCategory(GLOBEX, PRIVACY)).found())
                .isEmpty();
    }

    @Test
    void givenPolicy_whenFetchedThroughAnotherTenant_thenNotFound() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetPolicy(GLOBEX, INFOSEC)).found()).isEmpty();
        assertThat(queries.handle(new GetPolicyAcknowledgement(GLOBEX, INFOSEC, ALICE, "1.0"))
                        .found())
                .isEmpty();
        assertThat(queries.handle(new GetPolicyAcknowledgement(ACME, INFOSEC, ALICE, "1.0"))
                        .acknowledgedAt())
                .isEqualTo(at(7));
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history()
                .append(
                        "Policy",
                        BACKUP.value(),
                        new PolicyPublished(
                                ACME, BACKUP, INITECH, "Backup Policy", null, null, "1.0", "usr_publisher", at(20)))
                .append("Policy", BACKUP.value(), new PolicyRejected(ACME, BACKUP, "1.0", "No", at(21)))
                .events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(POLICY)).isZero();
        assertThat(dsl.fetchCount(POLICY_VERSION)).isZero();
        assertThat(dsl.fetchCount(POLICY_ACKNOWLEDGEMENT)).isZero();
        assertThat(dsl.fetchCount(POLICY_CATEGORY)).isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenEventsAreRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(queries.handle(new GetPolicy(ACME, INFOSEC)).policy().status())
                .isEqualTo(PolicyStatus.APPROVED);
    }

    @Test
    void givenLaterStatus_whenAnOlderEventIsRedelivered_thenTheLaterStatusStays() {
        var events = history().events();
        EventFeed.deliver(projector, events);

        EventFeed.deliver(
                projector,
                events.stream()
                        .filter(e -> e.getPayload() instanceof PolicyPublished)
                        .toList());

        assertThat(queries.handle(new GetPolicy(ACME, INFOSEC)).policy().status())
                .isEqualTo(PolicyStatus.APPROVED);
    }

    private List<PolicyId> ids(FindPolicies query) {
        return queries.handle(query).policies().stream().map(PolicyView::id).toList();
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(POLICY_CATEGORY).orderBy(POLICY_CATEGORY.ID).fetch(),
                dsl.selectFrom(POLICY).orderBy(POLICY.ID).fetch(),
                dsl.selectFrom(POLICY_VERSION)
                        .orderBy(POLICY_VERSION.POLICY_ID, POLICY_VERSION.VERSION)
                        .fetch(),
                dsl.selectFrom(POLICY_ACKNOWLEDGEMENT)
                        .orderBy(POLICY_ACKNOWLEDGEMENT.POLICY_ID, POLICY_ACKNOWLEDGEMENT.EMPLOYEE_ID)
                        .fetch());
    }
}
