package io.scoreledger.command.employee;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.commands.ApplyScoreDecay;
import io.scoreledger.employee.commands.DisputeSignal;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.commands.UpsertEmployees;
import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.EmployeeScoreChanged.Cause;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmployeeTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final EmployeeId ALICE = new EmployeeId("emp_alice");
    private static final EmployeeId BOB = new EmployeeId("emp_bob");
    private static final SignalId CLICK = new SignalId("sig_click");
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final String V1 = "2026-11-v1";

    private final Map<String, EmployeeId> emails = new HashMap<>();
    private final Map<String, EmployeeId> ledger = new HashMap<>();
    private AggregateTestFixture<Employee> fixture;

    private static final EmployeeRegistered ALICE_REGISTERED =
            new EmployeeRegistered(ACME, ALICE, "alice@acme.example", "Alice", "Engineering", null, NOW);
    private static final EmployeeScoreChanged ALICE_FIRST_SCORE = new EmployeeScoreChanged(
            ACME, ALICE, 100, Band.GREEN, null, "Engineering", V1, List.of(), null, Cause.REGISTERED, NOW);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Employee.class);
        EmployeeDirectory directory = new EmployeeDirectory() {
            @Override
            public Map<String, Claim> claim(TenantId tenantId, SortedMap<String, EmployeeId> proposals) {
                var claims = new HashMap<String, Claim>();
                proposals.forEach((email, proposedId) -> {
                    var existing = emails.get(email);
                    if (existing != null) {
                        claims.put(email, new Claim(existing, false));
                    } else if (!emails.containsValue(proposedId)) {
                        emails.put(email, proposedId);
                        claims.put(email, new Claim(proposedId, true));
                    }
                });
                return claims;
            }

            @Override
            public Set<EmployeeId> existing(TenantId tenantId, Set<EmployeeId> employeeIds) {
                return employeeIds.stream().filter(emails::containsValue).collect(Collectors.toSet());
            }
        };
        SignalLedger signals = new SignalLedger() {
            @Override
            public Set<SignalId> claim(TenantId tenantId, List<Entry> entries) {
                var claimed = new HashSet<SignalId>();
                for (var entry : entries) {
                    if (ledger.putIfAbsent(entry.source() + "/" + entry.externalId(), entry.employeeId()) == null
                            && ledger.put(entry.signalId().value(), entry.employeeId()) == null) {
                        claimed.add(entry.signalId());
                    }
                }
                return claimed;
            }

            @Override
            public Optional<EmployeeId> ownerOf(TenantId tenantId, SignalId signalId) {
                return Optional.ofNullable(ledger.get(signalId.value()));
            }
        };
        fixture.registerAnnotatedCommandHandler(new EmployeeRoster(fixture.getRepository(), directory, signals));
    }

    private static IngestSignals.Signal click(
            SignalId id, String externalId, EmployeeId employee, String email, Instant at) {
        return new IngestSignals.Signal(
                0,
                id,
                "knowbe4",
                externalId,
                SignalType.PHISHING_CLICK,
                Severity.HIGH,
                at,
                employee,
                email,
                email == null ? null : ALICE,
                Map.of("campaign", "q1"));
    }

    @Test
    void givenNothing_whenUpsertingANewEmployee_thenRegisteredWithAFullScore() {
        fixture.givenNoPriorActivity()
                .when(new UpsertEmployees(
                        ACME,
                        List.of(new UpsertEmployees.Employee(
                                ALICE, false, "Alice@Acme.example ", " Alice ", "Engineering", null)),
                        NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new UpsertEmployees.Result(List.of(ALICE), 1, 0))
                .expectEvents(ALICE_REGISTERED, ALICE_FIRST_SCORE);
    }

    @Test
    void givenKnownEmail_whenUpsertingWithANewDepartment_thenProfileChanged_andUnchangedUpsertsAreSilent() {
        emails.put("alice@acme.example", ALICE);
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new UpsertEmployees(
                        ACME,
                        List.of(new UpsertEmployees.Employee(BOB, false, "alice@acme.example", "Alice", "Sales", null)),
                        NOW.plusSeconds(60)))
                .expectResultMessagePayload(new UpsertEmployees.Result(List.of(ALICE), 0, 1))
                .expectEvents(new EmployeeProfileChanged(ACME, ALICE, "Alice", "Sales", null, NOW.plusSeconds(60)));
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new UpsertEmployees(
                        ACME,
                        List.of(new UpsertEmployees.Employee(
                                BOB, false, "alice@acme.example", "Alice", "Engineering", null)),
                        NOW.plusSeconds(60)))
                .expectNoEvents();
    }

    @Test
    void givenKnownEmail_whenUpsertingItUnderAnotherGivenId_thenRejected() {
        emails.put("alice@acme.example", ALICE);
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new UpsertEmployees(
                        ACME,
                        List.of(new UpsertEmployees.Employee(BOB, true, "alice@acme.example", null, null, null)),
                        NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenUpsertingAMalformedEmail_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new UpsertEmployees(
                        ACME,
                        List.of(new UpsertEmployees.Employee(ALICE, false, "not-an-email", null, null, null)),
                        NOW))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenEmployee_whenAFreshHighPhishingClickArrives_thenScoreDropsByThirtyWithItsExplanation() {
        emails.put("alice@acme.example", ALICE);
        var signal = click(CLICK, "evt-1", ALICE, null, NOW);
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new IngestSignals(ACME, List.of(signal), NOW))
                .expectResultMessagePayload(new IngestSignals.Result(1, 0, 1, List.of()))
                .expectEvents(
                        new SignalRecorded(
                                ACME,
                                ALICE,
                                CLICK,
                                "knowbe4",
                                "evt-1",
                                SignalType.PHISHING_CLICK,
                                Severity.HIGH,
                                NOW,
                                Map.of("campaign", "q1"),
                                NOW),
                        new EmployeeScoreChanged(
                                ACME,
                                ALICE,
                                70,
                                Band.YELLOW,
                                100,
                                "Engineering",
                                V1,
                                List.of(new FactorContribution(SignalType.PHISHING_CLICK, -30.0)),
                                SignalType.PHISHING_CLICK,
                                Cause.SIGNAL,
                                NOW));
    }

    @Test
    void givenNothing_whenASignalNamesAnUnknownEmail_thenTheEmployeeIsCreatedAndNotCountedAsLinked() {
        fixture.givenNoPriorActivity()
                .when(new IngestSignals(ACME, List.of(click(CLICK, "evt-1", null, "alice@acme.example", NOW)), NOW))
                .expectResultMessagePayload(new IngestSignals.Result(1, 0, 0, List.of()))
                .expectEvents(
                        new EmployeeRegistered(ACME, ALICE, "alice@acme.example", null, null, null, NOW),
                        new EmployeeScoreChanged(
                                ACME, ALICE, 100, Band.GREEN, null, null, V1, List.of(), null, Cause.REGISTERED, NOW),
                        new SignalRecorded(
                                ACME,
                                ALICE,
                                CLICK,
                                "knowbe4",
                                "evt-1",
                                SignalType.PHISHING_CLICK,
                                Severity.HIGH,
                                NOW,
                                Map.of("campaign", "q1"),
                                NOW),
                        new EmployeeScoreChanged(
                                ACME,
                                ALICE,
                                70,
                                Band.YELLOW,
                                100,
                                null,
                                V1,
                                List.of(new FactorContribution(SignalType.PHISHING_CLICK, -30.0)),
                                SignalType.PHISHING_CLICK,
                                Cause.SIGNAL,
                                NOW));
    }

    @Test
    void givenIngestedSignal_whenTheSameSourceAndExternalIdArriveAgain_thenDuplicateAndNothingChanges() {
        emails.put("alice@acme.example", ALICE);
        ledger.put("knowbe4/evt-1", ALICE);
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new IngestSignals(
                        ACME, List.of(click(new SignalId("sig_again"), "evt-1", ALICE, null, NOW)), NOW))
                .expectResultMessagePayload(new IngestSignals.Result(0, 1, 0, List.of()))
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenASignalNamesAnUnknownEmployeeId_thenThatItemIsRejectedAlone() {
        fixture.givenNoPriorActivity()
                .when(new IngestSignals(ACME, List.of(click(CLICK, "evt-1", BOB, null, NOW)), NOW))
                .expectResultMessagePayload(new IngestSignals.Result(
                        0,
                        0,
                        0,
                        List.of(new IngestSignals.Rejection(
                                0, "UNKNOWN_EMPLOYEE", "No employee emp_bob in this tenant."))))
                .expectNoEvents();
    }

    private EmployeeScoreChanged afterClick(Instant at) {
        return new EmployeeScoreChanged(
                ACME,
                ALICE,
                70,
                Band.YELLOW,
                100,
                "Engineering",
                V1,
                List.of(new FactorContribution(SignalType.PHISHING_CLICK, -30.0)),
                SignalType.PHISHING_CLICK,
                Cause.SIGNAL,
                at);
    }

    private SignalRecorded clickRecorded(Instant at) {
        return new SignalRecorded(
                ACME, ALICE, CLICK, "knowbe4", "evt-1", SignalType.PHISHING_CLICK, Severity.HIGH, at, Map.of(), at);
    }

    @Test
    void givenScoredClick_whenDisputed_thenItsEffectIsRemovedAndTheHistoryKeepsBoth() {
        ledger.put(CLICK.value(), ALICE);
        var later = NOW.plusSeconds(600);
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE, clickRecorded(NOW), afterClick(NOW))
                .when(new DisputeSignal(ACME, CLICK, "Link scanner", later))
                .expectEvents(
                        new SignalDisputed(ACME, ALICE, CLICK, "Link scanner", later),
                        new EmployeeScoreChanged(
                                ACME,
                                ALICE,
                                100,
                                Band.GREEN,
                                70,
                                "Engineering",
                                V1,
                                List.of(),
                                null,
                                Cause.DISPUTE,
                                later));
    }

    @Test
    void givenNoSuchSignal_whenDisputed_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new DisputeSignal(ACME, CLICK, "Link scanner", NOW))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenClickOneHalfLifeOld_whenDecayIsApplied_thenHalfTheWeightIsRestored() {
        var thirtyDaysLater = NOW.plus(Duration.ofDays(30));
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE, clickRecorded(NOW), afterClick(NOW))
                .when(new ApplyScoreDecay(ACME, ALICE, thirtyDaysLater))
                .expectEvents(new EmployeeScoreChanged(
                        ACME,
                        ALICE,
                        85,
                        Band.GREEN,
                        70,
                        "Engineering",
                        V1,
                        List.of(new FactorContribution(SignalType.PHISHING_CLICK, -15.0)),
                        SignalType.PHISHING_CLICK,
                        Cause.DECAY,
                        thirtyDaysLater));
    }

    @Test
    void givenFreshClick_whenDecayMovesNoWholePoint_thenNoEvent() {
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE, clickRecorded(NOW), afterClick(NOW))
                .when(new ApplyScoreDecay(ACME, ALICE, NOW.plusSeconds(3600)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenant_whenApplyingDecay_thenNotFound() {
        fixture.given(ALICE_REGISTERED, ALICE_FIRST_SCORE)
                .when(new ApplyScoreDecay(new TenantId("cmp_other"), ALICE, NOW))
                .expectException(UnknownResourceException.class);
    }

    @Test
    void positiveSignalsRestorePointsButNeverBeyondTheBaseline() {
        var fresh = NOW;
        var signals = List.of(
                new ScoreCalculator.Weighed(SignalType.PHISHING_CLICK, Severity.MEDIUM, fresh),
                new ScoreCalculator.Weighed(SignalType.TRAINING_COMPLETED, Severity.MEDIUM, fresh),
                new ScoreCalculator.Weighed(SignalType.MFA_ENABLED, Severity.CRITICAL, fresh));
        var scored = ScoreCalculator.score(io.scoreledger.employee.model.ScoringModel.V1, signals, fresh);

        assertThat(scored.score()).isEqualTo(100);
        assertThat(scored.topRiskFactor()).isEqualTo(SignalType.PHISHING_CLICK);
        assertThat(scored.contributions())
                .containsExactly(
                        new FactorContribution(SignalType.PHISHING_CLICK, -20.0),
                        new FactorContribution(SignalType.TRAINING_COMPLETED, 10.0),
                        new FactorContribution(SignalType.MFA_ENABLED, 20.0));
        var risky = ScoreCalculator.score(
                io.scoreledger.employee.model.ScoringModel.V1,
                List.of(
                        new ScoreCalculator.Weighed(SignalType.CREDENTIAL_SUBMITTED, Severity.CRITICAL, fresh),
                        new ScoreCalculator.Weighed(SignalType.MALWARE_DETECTED, Severity.CRITICAL, fresh)),
                fresh);
        assertThat(risky.score()).isZero();
        assertThat(risky.band()).isEqualTo(Band.CRITICAL);
        var future = ScoreCalculator.score(
                io.scoreledger.employee.model.ScoringModel.V1,
                List.of(new ScoreCalculator.Weighed(SignalType.PHISHING_CLICK, Severity.HIGH, fresh.plusSeconds(1))),
                fresh);
        assertThat(future.score()).isEqualTo(100);
    }
}
