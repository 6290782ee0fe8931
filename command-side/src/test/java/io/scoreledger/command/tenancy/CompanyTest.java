package io.scoreledger.command.tenancy;

import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.tenancy.commands.CreateCompany;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    private AggregateTestFixture<Company> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Company.class);
    }

    @Test
    void givenNothing_whenCreateCompany_thenCompanyCreatedWithAYearLongCycle() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompany(ACME, "  Acme MSP ", "Ops@Acme.example", SubscriptionPackage.PLUS, NOW))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CompanyCreated(
                        ACME,
                        "Acme MSP",
                        "ops@acme.example",
                        SubscriptionPackage.PLUS,
                        NOW,
                        Instant.parse("2027-03-01T09:00:00Z")));
    }

    @Test
    void givenNothing_whenCreateCompanyWithoutName_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompany(ACME, " ", "ops@acme.example", SubscriptionPackage.PLUS, NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The name field is required.")
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenCreateCompanyWithMalformedEmail_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompany(ACME, "Acme", "not-an-email", SubscriptionPackage.PLUS, NOW))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The email field must be a valid email address.")
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenCreateCompanyWithoutPackage_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new CreateCompany(ACME, "Acme", "ops@acme.example", null, NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }
}
