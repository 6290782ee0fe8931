package io.scoreledger.command.tenancy;

import io.scoreledger.command.organization.KnownDomains;
import io.scoreledger.command.organization.OrganizationIntake;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.tenancy.commands.CreateCompany;
import io.scoreledger.tenancy.events.CompanyCreated;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
        KnownDomains domains =
                (tenant, candidates) -> candidates.contains("acme.example") ? Set.of("acme.example") : Set.of();
        fixture.registerAnnotatedCommandHandler(
                new OrganizationIntake(new EventSourcedCompanyFindings(fixture.getRepository()), domains));
    }

    private static final CompanyCreated CREATED = new CompanyCreated(
            ACME, "Acme MSP", "ops@acme.example", SubscriptionPackage.PLUS, NOW, Instant.parse("2027-03-01T09:00:00Z"));
    private static final SignalId ISSUE = new SignalId("sig_issue");
    private static final RecordOrganizationSignals.Finding HIGH_ON_ACME = new RecordOrganizationSignals.Finding(
            ISSUE,
            "ssc-1",
            "patching_cadence_high",
            "patching_cadence",
            Severity.HIGH,
            NOW.minusSeconds(86_400 * 30),
            NOW,
            "ACME.example",
            null);
    private static final RecordOrganizationSignals.Finding INFO_ON_IP = new RecordOrganizationSignals.Finding(
            new SignalId("sig_info"), "ssc-2", "open_port", "network_security", null, NOW, NOW, null, "203.0.113.7");

    @Test
    void givenCompany_whenFindingsArrive_thenRecordedLinkedAndScored() {
        fixture.given(CREATED)
                .when(new RecordOrganizationSignals(ACME, "securityscorecard", List.of(HIGH_ON_ACME, INFO_ON_IP), NOW))
                .expectResultMessagePayload(new RecordOrganizationSignals.Result(2, 0, 1))
                .expectEvents(
                        new OrganizationSignalRecorded(
                                ACME,
                                ISSUE,
                                "securityscorecard",
                                "ssc-1",
                                "patching_cadence_high",
                                "patching_cadence",
                                Severity.HIGH,
                                NOW.minusSeconds(86_400 * 30),
                                NOW,
                                "ACME.example",
                                null,
                                true,
                                NOW),
                        new OrganizationSignalRecorded(
                                ACME,
                                new SignalId("sig_info"),
                                "securityscorecard",
                                "ssc-2",
                                "open_port",
                                "network_security",
                                null,
                                NOW,
                                NOW,
                                null,
                                "203.0.113.7",
                                false,
                                NOW),
                        new OrganizationScoreChanged(ACME, 90, null, "org-2026-11-v1", 1, NOW));
    }

    @Test
    void givenRecordedFinding_whenReportedAgain_thenDuplicateAndNothingChanges() {
        fixture.given(
                        CREATED,
                        new OrganizationSignalRecorded(
                                ACME,
                                ISSUE,
                                "securityscorecard",
                                "ssc-1",
                                "patching_cadence_high",
                                "patching_cadence",
                                Severity.HIGH,
                                NOW,
                                NOW,
                                null,
                                null,
                                false,
                                NOW))
                .when(new RecordOrganizationSignals(ACME, "securityscorecard", List.of(HIGH_ON_ACME), NOW))
                .expectResultMessagePayload(new RecordOrganizationSignals.Result(0, 1, 0))
                .expectNoEvents();
    }

    @Test
    void givenCompany_whenABatchRepeatsAnId_thenRejected() {
        fixture.given(CREATED)
                .when(new RecordOrganizationSignals(
                        ACME, "securityscorecard", List.of(HIGH_ON_ACME, HIGH_ON_ACME), NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
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
