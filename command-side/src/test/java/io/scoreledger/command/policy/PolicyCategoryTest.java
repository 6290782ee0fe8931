package io.scoreledger.command.policy;

import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.commands.CreatePolicyCategory;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolicyCategoryTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final PolicyCategoryId SECURITY = new PolicyCategoryId("pcat_security");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private AggregateTestFixture<PolicyCategory> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PolicyCategory.class);
        Set<TenantId> existing = Set.of(ACME);
        fixture.registerAnnotatedCommandHandler(
                new PolicyCategoryCreation(fixture.getRepository(), existing::contains));
    }

    @Test
    void givenExistingCompany_whenCreateCategory_thenCategoryCreatedWithTheNameStripped() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyCategory(ACME, SECURITY, "  Security ", NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(SECURITY)
                .expectEvents(new PolicyCategoryCreated(ACME, SECURITY, "Security", NOW));
    }

    @Test
    void givenExistingCompany_whenCreateCategoryWithoutName_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyCategory(ACME, SECURITY, " ", NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenExistingCompany_whenCreateCategoryWithTooLongName_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyCategory(ACME, SECURITY, "x".repeat(101), NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNoSuchCompany_whenCreateCategory_thenRejectedAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreatePolicyCategory(new TenantId("cmp_ghost"), SECURITY, "Security", NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }
}
