package io.scoreledger.query.organization;

import static io.scoreledger.query.jooq.Tables.ORGANIZATION_FINDING;
import static io.scoreledger.query.jooq.Tables.ORGANIZATION_SCORE;
import static io.scoreledger.query.jooq.Tables.ORGANIZATION_SCORE_CHANGE;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.model.Severity;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.organization.events.OrganizationScoreChanged;
import io.scoreledger.organization.events.OrganizationSignalRecorded;
import io.scoreledger.organization.queries.GetOrganizationScore;
import io.scoreledger.query.support.EventFeed;
import io.scoreledger.query.support.ReadModelDatabase;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationProjectionTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    private final DSLContext dsl = ReadModelDatabase.dsl();
    private final OrganizationRepository repository = new OrganizationRepository(dsl);
    private final OrganizationProjector projector = new OrganizationProjector(repository);
    private final OrganizationQueryHandler queries = new OrganizationQueryHandler(repository);

    @BeforeEach
    void empty() {
        repository.deleteAll();
    }

    private static List<org.axonframework.eventhandling.DomainEventMessage<?>> history() {
        return new EventFeed()
                .append(
                        "Company",
                        ACME.value(),
                        new OrganizationSignalRecorded(
                                ACME,
                                new SignalId("sig_a"),
                                "securityscorecard",
                                "ssc-1",
                                "patching_cadence_high",
                                "patching_cadence",
                                Severity.HIGH,
                                T0,
                                T0,
                                "acme.example",
                                null,
                                true,
                                T0))
                .append("Company", ACME.value(), new OrganizationScoreChanged(ACME, 90, null, "org-2026-11-v1", 1, T0))
                .append(
                        "Company",
                        ACME.value(),
                        new OrganizationSignalRecorded(
                                ACME,
                                new SignalId("sig_b"),
                                "securityscorecard",
                                "ssc-2",
                                "open_port",
                                "network_security",
                                Severity.CRITICAL,
                                T0,
                                T0,
                                null,
                                "203.0.113.7",
                                false,
                                T0.plusSeconds(60)))
                .append(
                        "Company",
                        ACME.value(),
                        new OrganizationScoreChanged(ACME, 70, 90, "org-2026-11-v1", 2, T0.plusSeconds(60)))
                .events();
    }

    @Test
    void givenFindingsAndScores_whenProjected_thenTheLatestScoreAndAllFindingsCount() {
        EventFeed.deliver(projector, history());

        assertThat(queries.handle(new GetOrganizationScore(ACME))).isEqualTo(new GetOrganizationScore.Result(70, 2));
        assertThat(queries.handle(new GetOrganizationScore(GLOBEX)))
                .isEqualTo(new GetOrganizationScore.Result(null, 0));
    }

    @Test
    void givenScoreHistory_whenAskedAsOf_thenTheScoreAndFindingsRecordedByThen() {
        EventFeed.deliver(projector, history());

        assertThat(dsl.selectFrom(ORGANIZATION_SCORE_CHANGE)
                        .orderBy(ORGANIZATION_SCORE_CHANGE.SEQUENCE)
                        .fetch(row ->
                                List.of(row.getCompanyId(), row.getSequence(), row.getChangedAt(), row.getScore())))
                .containsExactly(List.of(ACME.value(), 1L, T0, 90), List.of(ACME.value(), 3L, T0.plusSeconds(60), 70));
        assertThat(queries.handle(new GetOrganizationScore(ACME, T0.minusMillis(1))))
                .isEqualTo(new GetOrganizationScore.Result(null, 0));
        assertThat(queries.handle(new GetOrganizationScore(ACME, T0)))
                .isEqualTo(new GetOrganizationScore.Result(90, 1));
        assertThat(queries.handle(new GetOrganizationScore(ACME, T0.plusSeconds(59))))
                .isEqualTo(new GetOrganizationScore.Result(90, 1));
        assertThat(queries.handle(new GetOrganizationScore(ACME, T0.plusSeconds(60))))
                .isEqualTo(new GetOrganizationScore.Result(70, 2));
        assertThat(queries.handle(new GetOrganizationScore(GLOBEX, T0.plusSeconds(60))))
                .isEqualTo(new GetOrganizationScore.Result(null, 0));
    }

    @Test
    void givenProjectedLog_whenRedeliveredOrReplayed_thenIdenticalRows() {
        EventFeed.deliver(projector, history());
        var before = snapshot();

        EventFeed.deliver(projector, history());
        assertThat(snapshot()).isEqualTo(before);

        EventFeed.reset(projector);
        assertThat(dsl.fetchCount(ORGANIZATION_FINDING) + dsl.fetchCount(ORGANIZATION_SCORE_CHANGE))
                .isZero();
        EventFeed.deliver(projector, history());
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<Result<?>> snapshot() {
        return List.of(
                dsl.selectFrom(ORGANIZATION_SCORE)
                        .orderBy(ORGANIZATION_SCORE.COMPANY_ID)
                        .fetch(),
                dsl.selectFrom(ORGANIZATION_FINDING)
                        .orderBy(ORGANIZATION_FINDING.SIGNAL_ID)
                        .fetch(),
                dsl.selectFrom(ORGANIZATION_SCORE_CHANGE)
                        .orderBy(ORGANIZATION_SCORE_CHANGE.COMPANY_ID, ORGANIZATION_SCORE_CHANGE.SEQUENCE)
                        .fetch());
    }
}
