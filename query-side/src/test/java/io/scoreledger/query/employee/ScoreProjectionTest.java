package io.scoreledger.query.employee;

import static io.scoreledger.query.jooq.Tables.DEPARTMENT_CHANGE;
import static io.scoreledger.query.jooq.Tables.EMPLOYEE;
import static io.scoreledger.query.jooq.Tables.SCORE_CHANGE;
import static io.scoreledger.query.jooq.Tables.SCORE_HISTOGRAM;
import static io.scoreledger.query.jooq.Tables.SCORE_SNAPSHOT;
import static io.scoreledger.query.jooq.Tables.SIGNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.EmployeeScoreChanged.Cause;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.model.ScoringModel;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.employee.queries.FindDecayCandidates;
import io.scoreledger.employee.queries.FindEmployeeByEmail;
import io.scoreledger.employee.queries.FindEmployeeScores;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDashboardSummary;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.employee.queries.GetDepartmentScores;
import io.scoreledger.employee.queries.GetEmployeeScore;
import io.scoreledger.employee.queries.GetScoreSummary;
import io.scoreledger.employee.queries.GetScoreTrends;
import io.scoreledger.employee.queries.GetScoreTrends.Interval;
import io.scoreledger.employee.queries.SignalView;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ACME's people, now (2026-03-31 12:00 UTC): ann 75 and bob 40 in Engineering, cat 90 and dan 100 in Sales (dan
 * moved there from no department on 03-25), fay 85 without a department (registered 03-28). Globex has eve, 100.
 */
class ScoreProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final EmployeeId ANN = new EmployeeId("emp_ann");
    private static final EmployeeId BOB = new EmployeeId("emp_bob");
    private static final EmployeeId CAT = new EmployeeId("emp_cat");
    private static final EmployeeId DAN = new EmployeeId("emp_dan");
    private static final EmployeeId EVE = new EmployeeId("emp_eve");
    private static final EmployeeId FAY = new EmployeeId("emp_fay");
    private static final SignalId ANN_CLICK = new SignalId("sig_annclick");
    private static final SignalId ANN_TRAINING = new SignalId("sig_anntraining");
    private static final SignalId BOB_CREDENTIALS = new SignalId("sig_bobcredentials");
    private static final SignalId BOB_CLICK = new SignalId("sig_bobclick");
    private static final String ENGINEERING = "Engineering";
    private static final String SALES = "Sales";
    private static final String MODEL = ScoringModel.CURRENT.version();
    private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");

    /** One connection for the whole class: the embedded database's data source opens a new one per statement. */
    private static final DSLContext DSL_ON_ONE_CONNECTION = DSL.using(
            ReadModelDatabase.dsl().configuration().connectionProvider().acquire(), SQLDialect.POSTGRES);

    private final DSLContext dsl = DSL_ON_ONE_CONNECTION;
    private final ScoreRepository repository = new ScoreRepository(dsl);
    private final ScoreProjector projector = new ScoreProjector(repository);
    private final ScoreQueryHandler queries = new ScoreQueryHandler(repository, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void emptyReadModel() {
        repository.deleteAll();
    }

    private static EventFeed history() {
        var feed = new EventFeed();
        register(feed, ACME, ANN, "Ann@Acme.example", ENGINEERING, at("02-01T09:00"));
        register(feed, ACME, BOB, "bob@acme.example", ENGINEERING, at("02-01T09:01"));
        register(feed, ACME, CAT, "cat@acme.example", SALES, at("02-01T09:02"));
        register(feed, ACME, DAN, "dan@acme.example", null, at("02-01T09:03"));
        register(feed, GLOBEX, EVE, "eve@globex.example", ENGINEERING, at("02-01T09:04"));

        signal(feed, ACME, ANN, ANN_CLICK, SignalType.PHISHING_CLICK, at("02-10T08:00"));
        score(
                feed,
                ACME,
                ANN,
                70,
                100,
                ENGINEERING,
                SignalType.PHISHING_CLICK,
                Cause.SIGNAL,
                at("02-10T08:05"),
                contribution(SignalType.PHISHING_CLICK, -30));

        signal(feed, ACME, BOB, BOB_CREDENTIALS, SignalType.CREDENTIAL_SUBMITTED, at("03-15T10:00"));
        score(
                feed,
                ACME,
                BOB,
                40,
                100,
                ENGINEERING,
                SignalType.CREDENTIAL_SUBMITTED,
                Cause.SIGNAL,
                at("03-15T10:05"),
                contribution(SignalType.CREDENTIAL_SUBMITTED, -60));
        signal(feed, ACME, BOB, BOB_CLICK, SignalType.PHISHING_CLICK, at("03-16T10:00"));
        score(
                feed,
                ACME,
                BOB,
                20,
                40,
                ENGINEERING,
                SignalType.CREDENTIAL_SUBMITTED,
                Cause.SIGNAL,
                at("03-16T10:05"),
                contribution(SignalType.CREDENTIAL_SUBMITTED, -60),
                contribution(SignalType.PHISHING_CLICK, -20));
        feed.append(
                "Employee", BOB.value(), new SignalDisputed(ACME, BOB, BOB_CLICK, "link scanner", at("03-17T09:00")));
        score(
                feed,
                ACME,
                BOB,
                40,
                20,
                ENGINEERING,
                SignalType.CREDENTIAL_SUBMITTED,
                Cause.DISPUTE,
                at("03-17T09:00"),
                contribution(SignalType.CREDENTIAL_SUBMITTED, -60));

        signal(feed, ACME, ANN, ANN_TRAINING, SignalType.TRAINING_COMPLETED, at("03-20T11:00"));
        score(
                feed,
                ACME,
                ANN,
                75,
                70,
                ENGINEERING,
                SignalType.PHISHING_CLICK,
                Cause.SIGNAL,
                at("03-20T11:05"),
                contribution(SignalType.PHISHING_CLICK, -30),
                contribution(SignalType.TRAINING_COMPLETED, 5));
        score(
                feed,
                ACME,
                CAT,
                90,
                100,
                SALES,
                SignalType.POLICY_VIOLATION,
                Cause.SIGNAL,
                at("03-20T15:00"),
                contribution(SignalType.POLICY_VIOLATION, -10));

        feed.append(
                "Employee",
                DAN.value(),
                new EmployeeProfileChanged(ACME, DAN, "Dan", SALES, new ClientId("cli_north"), at("03-25T10:00")));

        register(feed, ACME, FAY, "fay@acme.example", null, at("03-28T10:00"));
        score(
                feed,
                ACME,
                FAY,
                85,
                100,
                null,
                SignalType.MFA_DISABLED,
                Cause.SIGNAL,
                at("03-29T10:00"),
                contribution(SignalType.MFA_DISABLED, -15));
        return feed;
    }

    @Test
    void givenScoredPopulation_whenSummarised_thenAverageMedianAndBandsComeFromTheHistogram() {
        EventFeed.deliver(projector, history().events());

        var summary = queries.handle(new GetScoreSummary(ACME, null));
        // 40, 75, 85, 90, 100
        assertThat(summary.histogram().total()).isEqualTo(5);
        assertThat(summary.histogram().average()).isEqualTo(78.0);
        assertThat(summary.histogram().median()).isEqualTo(85);
        assertThat(summary.histogram().bandCounts())
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of(Band.GREEN, 3, Band.YELLOW, 1, Band.ORANGE, 1, Band.RED, 0, Band.CRITICAL, 0));
        // On 03-01 the last snapshot was 02-10's: 70, 100, 100, 100.
        assertThat(summary.averageThirtyDaysAgo()).isEqualTo(92.5);
        assertThat(queries.handle(new GetDashboardSummary(ACME)).employees()).isEqualTo(summary.histogram());

        var globex = queries.handle(new GetScoreSummary(GLOBEX, null));
        assertThat(globex.histogram().total()).isEqualTo(1);
        assertThat(globex.averageThirtyDaysAgo()).isEqualTo(100.0);
        var nobody = queries.handle(new GetScoreSummary(new TenantId("cmp_nobody"), null));
        assertThat(nobody.histogram()).isEqualTo(ScoreHistogram.empty());
        assertThat(nobody.averageThirtyDaysAgo()).isNull();
    }

    @Test
    void givenDepartmentMove_whenReadingDepartments_thenScoreMovedWithTheEmployee() {
        EventFeed.deliver(projector, history().events());

        var departments = queries.handle(new GetDepartmentScores(ACME)).byDepartment();
        assertThat(departments).containsOnlyKeys("", ENGINEERING, SALES);
        assertThat(departments.get(ENGINEERING).average()).isEqualTo(57.5);
        assertThat(departments.get(ENGINEERING).median()).isEqualTo(40);
        assertThat(departments.get(SALES).average()).isEqualTo(95.0);
        assertThat(departments.get(SALES).total()).isEqualTo(2);
        assertThat(departments.get("").total()).isEqualTo(1);
        assertThat(departments.get("").counts().get(85)).isEqualTo(1);
        var sum = departments.values().stream().reduce(ScoreHistogram.empty(), ScoreHistogram::plus);
        assertThat(sum)
                .isEqualTo(queries.handle(new GetScoreSummary(ACME, null)).histogram());

        var sales = queries.handle(new GetScoreSummary(ACME, SALES));
        assertThat(sales.histogram().median()).isEqualTo(90);
        assertThat(sales.averageThirtyDaysAgo()).isEqualTo(100.0);
        assertThat(queries.handle(new GetScoreSummary(ACME, "")).averageThirtyDaysAgo())
                .isEqualTo(100.0);
        assertThat(queries.handle(new GetDepartmentScores(GLOBEX)).byDepartment())
                .containsOnlyKeys(ENGINEERING);
    }

    @Test
    void givenOnlyMoveOutOfADepartment_whenReadingDepartments_thenTheEmptiedOneIsLeftOut() {
        var feed = new EventFeed();
        register(feed, ACME, DAN, "dan@acme.example", null, at("02-01T09:00"));
        feed.append(
                "Employee", DAN.value(), new EmployeeProfileChanged(ACME, DAN, "Dan", SALES, null, at("02-02T09:00")));
        EventFeed.deliver(projector, feed.events());

        assertThat(queries.handle(new GetDepartmentScores(ACME)).byDepartment()).containsOnlyKeys(SALES);
        var view = queries.handle(new GetEmployeeScore(ACME, DAN)).employee();
        assertThat(view.department()).isEqualTo(SALES);
        assertThat(view.clientId()).isNull();
    }

    @Test
    void givenHistogram_whenBucketed_thenDistributionCountsEveryone() {
        EventFeed.deliver(projector, history().events());

        var buckets =
                queries.handle(new GetScoreSummary(ACME, null)).histogram().buckets(10);
        assertThat(buckets).hasSize(10);
        assertThat(buckets.getLast()).isEqualTo(new ScoreHistogram.Bucket(90, 100, 2));
        assertThat(buckets)
                .filteredOn(bucket -> bucket.count() > 0)
                .containsExactly(
                        new ScoreHistogram.Bucket(40, 49, 1),
                        new ScoreHistogram.Bucket(70, 79, 1),
                        new ScoreHistogram.Bucket(80, 89, 1),
                        new ScoreHistogram.Bucket(90, 100, 2));
        var engineering = queries.handle(new GetScoreSummary(ACME, ENGINEERING))
                .histogram()
                .buckets(5);
        assertThat(engineering)
                .filteredOn(bucket -> bucket.count() > 0)
                .containsExactly(new ScoreHistogram.Bucket(40, 44, 1), new ScoreHistogram.Bucket(75, 79, 1));
    }

    @Test
    void givenScores_whenFindingTopRisks_thenLowestScoresAndBiggestDropsInOrder() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindTopRisks(ACME, 3, FindTopRisks.Order.LOWEST_SCORE))
                        .risks())
                .extracting(FindTopRisks.Risk::employeeId, FindTopRisks.Risk::score)
                .containsExactly(tuple(BOB, 40), tuple(ANN, 75), tuple(FAY, 85));

        // Since 03-01 12:00: bob 100 → 40, fay registered at 100 → 85, cat 100 → 90, dan unchanged, ann 70 → 75.
        var drops = queries.handle(new FindTopRisks(ACME, 10, FindTopRisks.Order.BIGGEST_DROP))
                .risks();
        assertThat(drops)
                .extracting(FindTopRisks.Risk::employeeId, FindTopRisks.Risk::scoreChange30d)
                .containsExactly(tuple(BOB, -60), tuple(FAY, -15), tuple(CAT, -10), tuple(DAN, 0), tuple(ANN, 5));
        assertThat(drops.getFirst())
                .isEqualTo(new FindTopRisks.Risk(
                        BOB, "bob@acme.example", 40, Band.ORANGE, -60, SignalType.CREDENTIAL_SUBMITTED));
        assertThat(drops.get(3).topRiskFactor()).isNull();
        assertThat(queries.handle(new FindTopRisks(ACME, 2, FindTopRisks.Order.BIGGEST_DROP))
                        .risks())
                .extracting(FindTopRisks.Risk::employeeId)
                .containsExactly(BOB, FAY);
        assertThat(queries.handle(new FindTopRisks(GLOBEX, 10, FindTopRisks.Order.BIGGEST_DROP))
                        .risks())
                .extracting(FindTopRisks.Risk::employeeId, FindTopRisks.Risk::scoreChange30d)
                .containsExactly(tuple(EVE, 0));
    }

    @Test
    void givenSignalsAndADispute_whenGettingTheEmployee_thenContributionsAndSignalsNewestFirst() {
        EventFeed.deliver(projector, history().events());

        var bob = queries.handle(new GetEmployeeScore(ACME, BOB)).employee();
        assertThat(bob.email()).isEqualTo("bob@acme.example");
        assertThat(bob.department()).isEqualTo(ENGINEERING);
        assertThat(bob.score()).isEqualTo(40);
        assertThat(bob.band()).isEqualTo(Band.ORANGE);
        assertThat(bob.contributions()).containsExactly(contribution(SignalType.CREDENTIAL_SUBMITTED, -60));
        assertThat(bob.topRiskFactor()).isEqualTo(SignalType.CREDENTIAL_SUBMITTED);
        assertThat(bob.modelVersion()).isEqualTo(MODEL);
        assertThat(bob.scoredAt()).isEqualTo(at("03-17T09:00"));
        assertThat(bob.signals())
                .containsExactly(
                        new SignalView(
                                BOB_CLICK,
                                "knowbe4",
                                "ext_" + BOB_CLICK.value(),
                                SignalType.PHISHING_CLICK,
                                Severity.HIGH,
                                at("03-16T10:00"),
                                at("03-17T09:00")),
                        new SignalView(
                                BOB_CREDENTIALS,
                                "knowbe4",
                                "ext_" + BOB_CREDENTIALS.value(),
                                SignalType.CREDENTIAL_SUBMITTED,
                                Severity.HIGH,
                                at("03-15T10:00"),
                                null));

        var ann = queries.handle(new GetEmployeeScore(ACME, ANN)).employee();
        assertThat(ann.email()).isEqualTo("ann@acme.example");
        assertThat(ann.contributions())
                .containsExactly(
                        contribution(SignalType.PHISHING_CLICK, -30), contribution(SignalType.TRAINING_COMPLETED, 5));
        var dan = queries.handle(new GetEmployeeScore(ACME, DAN)).employee();
        assertThat(dan.department()).isEqualTo(SALES);
        assertThat(dan.clientId()).isEqualTo(new ClientId("cli_north"));
        assertThat(dan.contributions()).isEmpty();
        assertThat(dan.signals()).isEmpty();
        assertThat(dan.topRiskFactor()).isNull();
        assertThat(queries.handle(new GetEmployeeScore(ACME, FAY)).employee().department())
                .isNull();
        assertThat(queries.handle(new GetEmployeeScore(GLOBEX, BOB)).found()).isEmpty();
    }

    @Test
    void givenEmployees_whenPagingByCursor_thenEveryoneOnceInScoreOrderWithFilters() {
        EventFeed.deliver(projector, history().events());

        assertThat(allPages(ACME, null, null, 2)).containsExactly(List.of(BOB, ANN), List.of(FAY, CAT), List.of(DAN));
        assertThat(allPages(ACME, null, Band.GREEN, 2)).containsExactly(List.of(FAY, CAT), List.of(DAN));
        assertThat(allPages(ACME, SALES, null, 1)).containsExactly(List.of(CAT), List.of(DAN));
        assertThat(allPages(ACME, SALES, Band.GREEN, 5)).containsExactly(List.of(CAT, DAN));
        assertThat(allPages(ACME, "", null, 5)).containsExactly(List.of(FAY));
        assertThat(allPages(ACME, ENGINEERING, Band.RED, 5)).containsExactly(List.of());
        assertThat(allPages(GLOBEX, null, null, 5)).containsExactly(List.of(EVE));

        var first = queries.handle(new FindEmployeeScores(ACME, null, null, null, 1))
                .employees()
                .getFirst();
        assertThat(first)
                .isEqualTo(new FindEmployeeScores.Row(
                        BOB, "bob@acme.example", "bob", ENGINEERING, 40, Band.ORANGE, SignalType.CREDENTIAL_SUBMITTED));
        assertThatThrownBy(() -> queries.handle(new FindEmployeeScores(ACME, null, null, "not a cursor!", 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenEqualScores_whenPaging_thenTiesBreakById() {
        var feed = new EventFeed();
        for (String id : List.of("emp_c", "emp_a", "emp_d", "emp_b")) {
            register(feed, ACME, new EmployeeId(id), id + "@acme.example", null, at("02-01T09:00"));
        }
        EventFeed.deliver(projector, feed.events());

        assertThat(allPages(ACME, null, null, 3))
                .containsExactly(
                        List.of(new EmployeeId("emp_a"), new EmployeeId("emp_b"), new EmployeeId("emp_c")),
                        List.of(new EmployeeId("emp_d")));
    }

    @Test
    void givenSnapshots_whenReadingTrends_thenEachPeriodCarriesTheLastSnapshotForward() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetScoreTrends(ACME, null, day("01-30"), day("02-11"), Interval.DAILY))
                        .points())
                .hasSize(11)
                .startsWith(new GetScoreTrends.Point(day("02-01"), 100.0, 100, 4))
                .contains(new GetScoreTrends.Point(day("02-09"), 100.0, 100, 4))
                .endsWith(
                        new GetScoreTrends.Point(day("02-10"), 92.5, 100, 4),
                        new GetScoreTrends.Point(day("02-11"), 92.5, 100, 4));

        // 03-13 still sees 02-10's snapshot; 03-27 carries 03-20's (40, 75, 90, 100) forward.
        assertThat(queries.handle(new GetScoreTrends(ACME, null, day("03-13"), day("03-31"), Interval.WEEKLY))
                        .points())
                .containsExactly(
                        new GetScoreTrends.Point(day("03-13"), 92.5, 100, 4),
                        new GetScoreTrends.Point(day("03-20"), 76.3, 75, 4),
                        new GetScoreTrends.Point(day("03-27"), 76.3, 75, 4));

        assertThat(queries.handle(new GetScoreTrends(ACME, null, day("01-31"), day("03-31"), Interval.MONTHLY))
                        .points())
                .containsExactly(
                        new GetScoreTrends.Point(day("02-28"), 92.5, 100, 4),
                        new GetScoreTrends.Point(day("03-31"), 78.0, 85, 5));

        assertThat(queries.handle(new GetScoreTrends(ACME, SALES, day("03-24"), day("03-26"), Interval.DAILY))
                        .points())
                .containsExactly(
                        new GetScoreTrends.Point(day("03-24"), 90.0, 90, 1),
                        new GetScoreTrends.Point(day("03-25"), 95.0, 90, 2),
                        new GetScoreTrends.Point(day("03-26"), 95.0, 90, 2));

        assertThat(queries.handle(new GetDashboardTrends(ACME, day("01-31"), day("02-02")))
                        .points())
                .containsExactly(
                        new GetDashboardTrends.Point(day("02-01"), 100.0, 4),
                        new GetDashboardTrends.Point(day("02-02"), 100.0, 4));
        assertThat(queries.handle(new GetDashboardTrends(ACME, day("03-28"), day("03-30")))
                        .points())
                .containsExactly(
                        new GetDashboardTrends.Point(day("03-28"), 81.0, 5),
                        new GetDashboardTrends.Point(day("03-29"), 78.0, 5),
                        new GetDashboardTrends.Point(day("03-30"), 78.0, 5));
        assertThat(queries.handle(new GetDashboardTrends(GLOBEX, day("01-01"), day("01-31")))
                        .points())
                .isEmpty();
    }

    @Test
    void givenContributions_whenFindingDecayCandidates_thenOnlyEmployeesASignalStillMovesByIdAcrossTenants() {
        var feed = history();
        score(
                feed,
                GLOBEX,
                EVE,
                95,
                100,
                ENGINEERING,
                SignalType.TRAINING_OVERDUE,
                Cause.SIGNAL,
                at("03-30T10:00"),
                contribution(SignalType.TRAINING_OVERDUE, -5));
        EventFeed.deliver(projector, feed.events());

        assertThat(queries.handle(new FindDecayCandidates(null, 10)).candidates())
                .extracting(FindDecayCandidates.Candidate::employeeId)
                .containsExactly(ANN, BOB, CAT, EVE, FAY);
        assertThat(queries.handle(new FindDecayCandidates(ANN, 2)).candidates())
                .containsExactly(
                        new FindDecayCandidates.Candidate(ACME, BOB), new FindDecayCandidates.Candidate(ACME, CAT));
        assertThat(queries.handle(new FindDecayCandidates(CAT, 10)).candidates())
                .containsExactly(
                        new FindDecayCandidates.Candidate(GLOBEX, EVE), new FindDecayCandidates.Candidate(ACME, FAY));
    }

    @Test
    void givenEmployees_whenFindingByEmail_thenMatchedLowercasedWithinTheTenant() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new FindEmployeeByEmail(ACME, "ANN@acme.example"))
                        .found())
                .contains(ANN);
        assertThat(queries.handle(new FindEmployeeByEmail(GLOBEX, "ann@acme.example"))
                        .found())
                .isEmpty();
        assertThat(queries.handle(new FindEmployeeByEmail(GLOBEX, "eve@globex.example"))
                        .found())
                .contains(EVE);
    }

    @Test
    void givenHistory_whenProjected_thenDepartmentHistoryHasRegistrationsAndMovesAtEventTime() {
        EventFeed.deliver(projector, history().events());

        assertThat(dsl.selectFrom(DEPARTMENT_CHANGE)
                        .where(DEPARTMENT_CHANGE.EMPLOYEE_ID.in(DAN.value(), ANN.value()))
                        .orderBy(DEPARTMENT_CHANGE.EMPLOYEE_ID, DEPARTMENT_CHANGE.SEQUENCE)
                        .fetch(row -> tuple(
                                row.getEmployeeId(),
                                row.getSequence(),
                                row.getCompanyId(),
                                row.getChangedAt(),
                                row.getDepartment())))
                .containsExactly(
                        tuple(ANN.value(), 0L, ACME.value(), at("02-01T09:00"), ENGINEERING),
                        tuple(DAN.value(), 0L, ACME.value(), at("02-01T09:03"), ""),
                        tuple(DAN.value(), 2L, ACME.value(), at("03-25T10:00"), SALES));
    }

    @Test
    void givenHistory_whenSummarisedAsOf_thenScoresAsTheyStoodThen() {
        EventFeed.deliver(projector, history().events());

        // End of 03-01: ann 70, bob, cat and dan 100.
        var firstOfMarch =
                queries.handle(new GetScoreSummary(ACME, null, Instant.parse("2026-03-01T23:59:59.999999Z")));
        assertThat(firstOfMarch.histogram().total()).isEqualTo(4);
        assertThat(firstOfMarch.histogram().average()).isEqualTo(92.5);
        assertThat(firstOfMarch.averageThirtyDaysAgo()).isNull();

        assertThat(queries.handle(new GetScoreSummary(ACME, ENGINEERING, at("03-16T10:04")))
                        .histogram()
                        .counts()
                        .get(40))
                .isEqualTo(1);
        var bobAtTwenty = queries.handle(new GetScoreSummary(ACME, ENGINEERING, at("03-16T10:05")))
                .histogram();
        assertThat(bobAtTwenty.counts().get(20)).isEqualTo(1);
        assertThat(bobAtTwenty.counts().get(70)).isEqualTo(1);
        assertThat(bobAtTwenty.total()).isEqualTo(2);

        // 03-26: fay not registered yet; 30 days earlier the 02-10 snapshot held 70, 100, 100, 100.
        var beforeFay = queries.handle(new GetScoreSummary(ACME, null, at("03-26T00:00")));
        assertThat(beforeFay.histogram().total()).isEqualTo(4);
        assertThat(beforeFay.histogram().average()).isEqualTo(76.3);
        assertThat(beforeFay.averageThirtyDaysAgo()).isEqualTo(92.5);
        assertThat(queries.handle(new GetDashboardSummary(ACME, at("03-26T00:00")))
                        .employees())
                .isEqualTo(beforeFay.histogram());
    }

    @Test
    void givenDepartmentMove_whenReadingDepartmentsAsOf_thenEachEmployeeInTheDepartmentTheyWereInThen() {
        EventFeed.deliver(projector, history().events());

        var beforeMove =
                queries.handle(new GetDepartmentScores(ACME, at("03-25T09:59"))).byDepartment();
        assertThat(beforeMove).containsOnlyKeys("", ENGINEERING, SALES);
        assertThat(beforeMove.get("").counts().get(100)).isEqualTo(1);
        assertThat(beforeMove.get(SALES).total()).isEqualTo(1);
        assertThat(queries.handle(new GetScoreSummary(ACME, "", at("03-25T09:59")))
                        .histogram()
                        .total())
                .isEqualTo(1);

        var afterMove =
                queries.handle(new GetDepartmentScores(ACME, at("03-25T10:00"))).byDepartment();
        assertThat(afterMove).containsOnlyKeys(ENGINEERING, SALES);
        assertThat(afterMove.get(SALES).average()).isEqualTo(95.0);
        assertThat(afterMove.get(ENGINEERING).average()).isEqualTo(57.5);
        assertThat(queries.handle(new GetScoreSummary(ACME, "", at("03-25T10:00")))
                        .histogram())
                .isEqualTo(ScoreHistogram.empty());
    }

    @Test
    void givenHistory_whenAskedAsOfNow_thenTheCurrentFiguresAndBeforeAnyDataNothing() {
        EventFeed.deliver(projector, history().events());

        assertThat(queries.handle(new GetDepartmentScores(ACME, NOW)))
                .isEqualTo(queries.handle(new GetDepartmentScores(ACME)));
        for (String department : new String[] {null, "", ENGINEERING, SALES}) {
            assertThat(queries.handle(new GetScoreSummary(ACME, department, NOW)))
                    .isEqualTo(queries.handle(new GetScoreSummary(ACME, department)));
        }
        assertThat(queries.handle(new GetDashboardSummary(ACME, NOW)))
                .isEqualTo(queries.handle(new GetDashboardSummary(ACME)));

        var beforeAnything = Instant.parse("2026-01-31T23:59:59Z");
        assertThat(queries.handle(new GetScoreSummary(ACME, null, beforeAnything)))
                .isEqualTo(new GetScoreSummary.Result(ScoreHistogram.empty(), null));
        assertThat(queries.handle(new GetDepartmentScores(ACME, beforeAnything)).byDepartment())
                .isEmpty();
        assertThat(queries.handle(new GetDashboardSummary(ACME, beforeAnything)).employees())
                .isEqualTo(ScoreHistogram.empty());

        var globex = queries.handle(new GetDepartmentScores(GLOBEX, NOW)).byDepartment();
        assertThat(globex).containsOnlyKeys(ENGINEERING);
        assertThat(globex.get(ENGINEERING).total()).isEqualTo(1);
    }

    @Test
    void givenProjectedLog_whenResetAndReplayed_thenIdenticalRows() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(EMPLOYEE)
                        + dsl.fetchCount(SIGNAL)
                        + dsl.fetchCount(SCORE_HISTOGRAM)
                        + dsl.fetchCount(SCORE_CHANGE)
                        + dsl.fetchCount(SCORE_SNAPSHOT)
                        + dsl.fetchCount(DEPARTMENT_CHANGE))
                .isZero();
        EventFeed.deliver(projector, events);

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenTheLog_whenDeliveredInBatches_thenTheSameRowsAsOneEventAtATime() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var oneAtATime = snapshot();

        for (int batchSize : List.of(1, 3, 7, events.size())) {
            EventFeed.reset(projector);
            EventFeed.deliverInBatches(projector, events, batchSize);

            assertThat(snapshot()).as("batches of " + batchSize).isEqualTo(oneAtATime);
        }
    }

    @Test
    void givenProjectedLog_whenRedeliveredInOneBatch_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliverInBatches(projector, events, events.size());
        var before = snapshot();

        EventFeed.deliverInBatches(projector, events, events.size());

        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void givenProjectedLog_whenRedelivered_thenNothingChanges() {
        var events = history().events();
        EventFeed.deliver(projector, events);
        var before = snapshot();

        EventFeed.deliver(projector, events);
        EventFeed.deliver(projector, events.subList(events.size() / 2, events.size()));

        assertThat(snapshot()).isEqualTo(before);
    }

    private List<List<EmployeeId>> allPages(TenantId tenant, String department, Band band, int limit) {
        var pages = new ArrayList<List<EmployeeId>>();
        String cursor = null;
        do {
            var page = queries.handle(new FindEmployeeScores(tenant, department, band, cursor, limit));
            pages.add(page.employees().stream()
                    .map(FindEmployeeScores.Row::employeeId)
                    .toList());
            cursor = page.nextCursor();
        } while (cursor != null && pages.size() < 20);
        return pages;
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(EMPLOYEE).orderBy(EMPLOYEE.ID).fetch(),
                dsl.selectFrom(SIGNAL).orderBy(SIGNAL.ID).fetch(),
                dsl.selectFrom(SCORE_HISTOGRAM)
                        .orderBy(SCORE_HISTOGRAM.COMPANY_ID, SCORE_HISTOGRAM.DEPARTMENT)
                        .fetch(),
                dsl.selectFrom(SCORE_CHANGE)
                        .orderBy(SCORE_CHANGE.EMPLOYEE_ID, SCORE_CHANGE.SEQUENCE)
                        .fetch(),
                dsl.selectFrom(DEPARTMENT_CHANGE)
                        .orderBy(DEPARTMENT_CHANGE.EMPLOYEE_ID, DEPARTMENT_CHANGE.SEQUENCE)
                        .fetch(),
                dsl.selectFrom(SCORE_SNAPSHOT)
                        .orderBy(SCORE_SNAPSHOT.COMPANY_ID, SCORE_SNAPSHOT.DEPARTMENT, SCORE_SNAPSHOT.DAY)
                        .fetch());
    }

    private static void register(
            EventFeed feed, TenantId tenant, EmployeeId id, String email, String department, Instant at) {
        String lowercased = email.toLowerCase(java.util.Locale.ROOT);
        String name = lowercased.substring(0, lowercased.indexOf('@'));
        feed.append("Employee", id.value(), new EmployeeRegistered(tenant, id, lowercased, name, department, null, at));
        feed.append(
                "Employee",
                id.value(),
                new EmployeeScoreChanged(
                        tenant, id, 100, Band.GREEN, null, department, MODEL, List.of(), null, Cause.REGISTERED, at));
    }

    private static void signal(
            EventFeed feed, TenantId tenant, EmployeeId id, SignalId signal, SignalType type, Instant at) {
        feed.append(
                "Employee",
                id.value(),
                new SignalRecorded(
                        tenant, id, signal, "knowbe4", "ext_" + signal.value(), type, Severity.HIGH, at, Map.of(), at));
    }

    private static void score(
            EventFeed feed,
            TenantId tenant,
            EmployeeId id,
            int score,
            int previous,
            String department,
            SignalType topRisk,
            Cause cause,
            Instant at,
            FactorContribution... contributions) {
        feed.append(
                "Employee",
                id.value(),
                new EmployeeScoreChanged(
                        tenant,
                        id,
                        score,
                        Band.of(score),
                        previous,
                        department,
                        MODEL,
                        List.of(contributions),
                        topRisk,
                        cause,
                        at));
    }

    private static FactorContribution contribution(SignalType type, double points) {
        return new FactorContribution(type, points);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static Instant at(String monthDayTime) {
        return Instant.parse("2026-" + monthDayTime + ":00Z");
    }

    private static LocalDate day(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }
}
