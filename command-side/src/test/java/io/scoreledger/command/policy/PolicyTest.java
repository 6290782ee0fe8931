package io.scoreledger.command.policy;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.policy.commands.AcknowledgePolicy;
import io.scoreledger.policy.commands.ApprovePolicy;
import io.scoreledger.policy.commands.ArchivePolicy;
import io.scoreledger.policy.commands.CreatePolicy;
import io.scoreledger.policy.commands.PublishPolicy;
import io.scoreledger.policy.commands.RejectPolicy;
import io.scoreledger.policy.commands.UpdatePolicy;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyArchived;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final ClientId CLIENT = new ClientId("cli_one");
    private static final PolicyId POLICY = new PolicyId("pol_one");
    private static final PolicyCategoryId SECURITY = new PolicyCategoryId("pcat_security");
    private static final PolicyCategoryId FOREIGN = new PolicyCategoryId("pcat_foreign");
    private static final UserId OWNER = new UserId("usr_owner");
    private static final EmployeeId ALICE = new EmployeeId("emp_alice");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-02T09:00:00Z");

    private static final PolicyCreated CREATED = new PolicyCreated(
            ACME,
            POLICY,
            CLIENT,
            "Information Security Policy",
            "Comprehensive",
            null,
            SECURITY,
            OWNER,
            "operational",
            "Internal notes",
            "0.1",
            T0);
    private static final String PUBLISHER = "usr_publisher";
    private static final PolicyPublished PUBLISHED = new PolicyPublished(
            ACME, POLICY, CLIENT, "Information Security Policy", "Comprehensive", null, "1.0", PUBLISHER, T0);
    private static final PolicyApproved APPROVED = new PolicyApproved(ACME, POLICY, "1.0", T0);
    private static final PolicyRejected REJECTED = new PolicyRejected(ACME, POLICY, "1.0", "Too vague", T0);
    private static final PolicyArchived ARCHIVED = new PolicyArchived(ACME, POLICY, T0);

    private AggregateTestFixture<Policy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Policy.class);
        fixture.registerAnnotatedCommandHandler(new PolicyCreation(
                fixture.getRepository(),
                tenant -> tenant.equals(ACME) || tenant.equals(GLOBEX),
                (tenant, category) -> tenant.equals(ACME) && category.equals(SECURITY)));
    }

    private static CreatePolicy create(PolicyCategoryId category) {
        return new CreatePolicy(
                ACME,
                POLICY,
                CLIENT,
                " Information Security Policy ",
                "Comprehensive",
                " ",
                category,
                OWNER,
                "operational",
                "Internal notes",
                T0);
    }

    // create

    @Test
    void givenTenantCategory_whenCreatePolicy_thenDraftVersionZeroPointOne() {
        fixture.givenNoPriorActivity()
                .when(create(SECURITY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(POLICY)
                .expectEvents(CREATED);
    }

    @Test
    void givenNoCategory_whenCreatePolicy_thenCreatedWithoutOne() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicy(ACME, POLICY, CLIENT, "T", null, null, null, null, null, null, T0))
                .expectEvents(
                        new PolicyCreated(ACME, POLICY, CLIENT, "T", null, null, null, null, null, null, "0.1", T0));
    }

    @Test
    void givenAnotherTenantsCategory_whenCreatePolicy_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(create(FOREIGN))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoTitle_whenCreatePolicy_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicy(ACME, POLICY, CLIENT, "  ", null, null, null, null, null, null, T0))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenTooLongTitle_whenCreatePolicy_thenRejectedAsInvalid() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicy(ACME, POLICY, CLIENT, "x".repeat(256), null, null, null, null, null, null, T0))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoSuchCompany_whenCreatePolicy_thenRejectedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicy(
                        new TenantId("cmp_ghost"), POLICY, CLIENT, "T", null, null, null, null, null, null, T0))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    // update

    @Test
    void givenDraft_whenUpdate_thenNextMinorDraftWithTheWholeText() {
        fixture.given(CREATED)
                .when(new UpdatePolicy(ACME, POLICY, null, null, "Section 1", T1))
                .expectResultMessagePayload("0.2")
                .expectEvents(new PolicyUpdated(
                        ACME, POLICY, "Information Security Policy", "Comprehensive", "Section 1", "0.2", T1));
    }

    @Test
    void givenDraft_whenUpdateWithTheSameText_thenNoEvent() {
        fixture.given(CREATED)
                .when(new UpdatePolicy(ACME, POLICY, "Information Security Policy", null, null, T1))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload("0.1")
                .expectNoEvents();
    }

    @Test
    void givenPublished_whenUpdate_thenNewDraftOnTopOfThePublishedVersion() {
        fixture.given(CREATED, PUBLISHED)
                .when(new UpdatePolicy(ACME, POLICY, "Revised", null, null, T1))
                .expectResultMessagePayload("1.1")
                .expectEvents(new PolicyUpdated(ACME, POLICY, "Revised", "Comprehensive", null, "1.1", T1));
    }

    @Test
    void givenApproved_whenUpdate_thenNewDraft() {
        fixture.given(CREATED, PUBLISHED, APPROVED)
                .when(new UpdatePolicy(ACME, POLICY, null, "", null, T1))
                .expectEvents(new PolicyUpdated(ACME, POLICY, "Information Security Policy", null, null, "1.1", T1));
    }

    @Test
    void givenRejected_whenUpdateWithTheSameText_thenStillANewDraft() {
        fixture.given(CREATED, PUBLISHED, REJECTED)
                .when(new UpdatePolicy(ACME, POLICY, "Information Security Policy", null, null, T1))
                .expectEvents(new PolicyUpdated(
                        ACME, POLICY, "Information Security Policy", "Comprehensive", null, "1.1", T1));
    }

    @Test
    void givenArchived_whenUpdate_thenConflict() {
        fixture.given(CREATED, ARCHIVED)
                .when(new UpdatePolicy(ACME, POLICY, "Revised", null, null, T1))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenUpdateWithNothing_thenRejectedAsInvalid() {
        fixture.given(CREATED)
                .when(new UpdatePolicy(ACME, POLICY, null, null, null, T1))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenUpdateWithBlankTitle_thenRejectedAsInvalid() {
        fixture.given(CREATED)
                .when(new UpdatePolicy(ACME, POLICY, " ", null, null, T1))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    // publish

    @Test
    void givenDraft_whenPublish_thenVersionOnePointZeroWithTheDraftsText() {
        fixture.given(CREATED)
                .when(new PublishPolicy(ACME, POLICY, PUBLISHER, T1))
                .expectResultMessagePayload("1.0")
                .expectEvents(new PolicyPublished(
                        ACME,
                        POLICY,
                        CLIENT,
                        "Information Security Policy",
                        "Comprehensive",
                        null,
                        "1.0",
                        PUBLISHER,
                        T1));
    }

    @Test
    void givenRevisedDraftAfterPublication_whenPublish_thenNextMajorVersion() {
        fixture.given(
                        CREATED,
                        PUBLISHED,
                        APPROVED,
                        new PolicyUpdated(ACME, POLICY, "Revised", "Comprehensive", "Text", "1.1", T0),
                        new PolicyUpdated(ACME, POLICY, "Revised", "Comprehensive", "Text 2", "1.2", T0))
                .when(new PublishPolicy(ACME, POLICY, PUBLISHER, T1))
                .expectResultMessagePayload("2.0")
                .expectEvents(new PolicyPublished(
                        ACME, POLICY, CLIENT, "Revised", "Comprehensive", "Text 2", "2.0", PUBLISHER, T1));
    }

    @Test
    void givenPublished_whenPublishAgain_thenConflict() {
        expectConflict(new PublishPolicy(ACME, POLICY, PUBLISHER, T1), CREATED, PUBLISHED);
    }

    @Test
    void givenApproved_whenPublish_thenConflict() {
        expectConflict(new PublishPolicy(ACME, POLICY, PUBLISHER, T1), CREATED, PUBLISHED, APPROVED);
    }

    @Test
    void givenRejected_whenPublish_thenConflict() {
        expectConflict(new PublishPolicy(ACME, POLICY, PUBLISHER, T1), CREATED, PUBLISHED, REJECTED);
    }

    @Test
    void givenArchived_whenPublish_thenConflict() {
        expectConflict(new PublishPolicy(ACME, POLICY, PUBLISHER, T1), CREATED, ARCHIVED);
    }

    // approve

    @Test
    void givenPublished_whenApprove_thenApproved() {
        fixture.given(CREATED, PUBLISHED)
                .when(new ApprovePolicy(ACME, POLICY, T1))
                .expectEvents(new PolicyApproved(ACME, POLICY, "1.0", T1));
    }

    @Test
    void givenDraft_whenApprove_thenConflict() {
        expectConflict(new ApprovePolicy(ACME, POLICY, T1), CREATED);
    }

    @Test
    void givenApproved_whenApproveAgain_thenConflict() {
        expectConflict(new ApprovePolicy(ACME, POLICY, T1), CREATED, PUBLISHED, APPROVED);
    }

    @Test
    void givenRejected_whenApprove_thenConflict() {
        expectConflict(new ApprovePolicy(ACME, POLICY, T1), CREATED, PUBLISHED, REJECTED);
    }

    @Test
    void givenArchived_whenApprove_thenConflict() {
        expectConflict(new ApprovePolicy(ACME, POLICY, T1), CREATED, PUBLISHED, ARCHIVED);
    }

    // reject

    @Test
    void givenPublished_whenReject_thenRejectedWithTheReason() {
        fixture.given(CREATED, PUBLISHED)
                .when(new RejectPolicy(ACME, POLICY, " Too vague ", T1))
                .expectEvents(new PolicyRejected(ACME, POLICY, "1.0", "Too vague", T1));
    }

    @Test
    void givenPublished_whenRejectWithoutReason_thenRejectedAsInvalid() {
        fixture.given(CREATED, PUBLISHED)
                .when(new RejectPolicy(ACME, POLICY, " ", T1))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenDraft_whenReject_thenConflict() {
        expectConflict(new RejectPolicy(ACME, POLICY, "No", T1), CREATED);
    }

    @Test
    void givenApproved_whenReject_thenConflict() {
        expectConflict(new RejectPolicy(ACME, POLICY, "No", T1), CREATED, PUBLISHED, APPROVED);
    }

    @Test
    void givenRejected_whenRejectAgain_thenConflict() {
        expectConflict(new RejectPolicy(ACME, POLICY, "No", T1), CREATED, PUBLISHED, REJECTED);
    }

    @Test
    void givenArchived_whenReject_thenConflict() {
        expectConflict(new RejectPolicy(ACME, POLICY, "No", T1), CREATED, PUBLISHED, ARCHIVED);
    }

    // archive

    @Test
    void givenAnyStageButArchived_whenArchive_thenArchived() {
        for (List<Object> history : List.of(
                List.<Object>of(CREATED),
                List.<Object>of(CREATED, PUBLISHED),
                List.<Object>of(CREATED, PUBLISHED, APPROVED),
                List.<Object>of(CREATED, PUBLISHED, REJECTED))) {
            setUp();
            fixture.given(history)
                    .when(new ArchivePolicy(ACME, POLICY, T1))
                    .expectEvents(new PolicyArchived(ACME, POLICY, T1));
        }
    }

    @Test
    void givenArchived_whenArchiveAgain_thenConflict() {
        expectConflict(new ArchivePolicy(ACME, POLICY, T1), CREATED, ARCHIVED);
    }

    // acknowledge

    @Test
    void givenPublished_whenAcknowledge_thenAcknowledgedForThePublishedVersion() {
        fixture.given(CREATED, PUBLISHED)
                .when(new AcknowledgePolicy(ACME, POLICY, ALICE, T1))
                .expectResultMessagePayload(new AcknowledgePolicy.Result("1.0", true))
                .expectEvents(new PolicyAcknowledged(ACME, POLICY, ALICE, "1.0", T1));
    }

    @Test
    void givenApproved_whenAcknowledge_thenAcknowledged() {
        fixture.given(CREATED, PUBLISHED, APPROVED)
                .when(new AcknowledgePolicy(ACME, POLICY, ALICE, T1))
                .expectEvents(new PolicyAcknowledged(ACME, POLICY, ALICE, "1.0", T1));
    }

    @Test
    void givenAlreadyAcknowledged_whenAcknowledgeAgain_thenNoEvent() {
        fixture.given(CREATED, PUBLISHED, new PolicyAcknowledged(ACME, POLICY, ALICE, "1.0", T0))
                .when(new AcknowledgePolicy(ACME, POLICY, ALICE, T1))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new AcknowledgePolicy.Result("1.0", false))
                .expectNoEvents();
    }

    @Test
    void givenAcknowledgedEarlierVersion_whenNextVersionPublishedAndAcknowledged_thenAcknowledgedAgain() {
        fixture.given(
                        CREATED,
                        PUBLISHED,
                        new PolicyAcknowledged(ACME, POLICY, ALICE, "1.0", T0),
                        new PolicyUpdated(ACME, POLICY, "Revised", null, null, "1.1", T0),
                        new PolicyPublished(ACME, POLICY, CLIENT, "Revised", null, null, "2.0", PUBLISHER, T0))
                .when(new AcknowledgePolicy(ACME, POLICY, ALICE, T1))
                .expectEvents(new PolicyAcknowledged(ACME, POLICY, ALICE, "2.0", T1));
    }

    @Test
    void givenDraft_whenAcknowledge_thenConflict() {
        expectConflict(new AcknowledgePolicy(ACME, POLICY, ALICE, T1), CREATED);
    }

    @Test
    void givenRejected_whenAcknowledge_thenConflict() {
        expectConflict(new AcknowledgePolicy(ACME, POLICY, ALICE, T1), CREATED, PUBLISHED, REJECTED);
    }

    @Test
    void givenArchived_whenAcknowledge_thenConflict() {
        expectConflict(new AcknowledgePolicy(ACME, POLICY, ALICE, T1), CREATED, PUBLISHED, ARCHIVED);
    }

    // tenancy

    @Test
    void givenAnotherTenantsPolicy_whenAnyCommand_thenRejectedAsNotFound() {
        for (Object command : List.of(
                new UpdatePolicy(GLOBEX, POLICY, "X", null, null, T1),
                new PublishPolicy(GLOBEX, POLICY, PUBLISHER, T1),
                new ApprovePolicy(GLOBEX, POLICY, T1),
                new RejectPolicy(GLOBEX, POLICY, "No", T1),
                new ArchivePolicy(GLOBEX, POLICY, T1),
                new AcknowledgePolicy(GLOBEX, POLICY, ALICE, T1))) {
            setUp();
            fixture.given(CREATED, PUBLISHED)
                    .when(command)
                    .expectException(UnknownResourceException.class)
                    .expectNoEvents();
        }
    }

    private void expectConflict(Object command, Object... history) {
        fixture.given(history)
                .when(command)
                .expectException(ConflictException.class)
                .expectNoEvents();
    }
}
