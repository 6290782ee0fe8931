package io.scoreledger.command.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import io.scoreledger.report.commands.GenerateReport;
import io.scoreledger.report.events.ReportGenerated;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId UNKNOWN = new TenantId("cmp_nobody");
    private static final ReportId REPORT = new ReportId("rpt_one");
    private static final AssessmentId ASSESSMENT = new AssessmentId("asm_one");
    private static final Instant AS_OF = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant REQUESTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final ReportArchive.Archived ARCHIVED =
            new ReportArchive.Archived(42, "ab12", "c0ffee", 1_234, AS_OF);

    private final List<GenerateReport> archived = new ArrayList<>();
    private AggregateTestFixture<Report> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Report.class);
        fixture.registerAnnotatedCommandHandler(new ReportGeneration(fixture.getRepository(), ACME::equals, command -> {
            archived.add(command);
            return ARCHIVED;
        }));
    }

    @Test
    void givenNothing_whenGenerateBoardPack_thenReportGeneratedPinnedWhereTheArchiveRenderedIt() {
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(ACME, REPORT, ReportType.BOARD_PACK, null, REQUESTED))
                .expectResultMessagePayload(REPORT)
                .expectEvents(new ReportGenerated(
                        ACME, REPORT, ReportType.BOARD_PACK, null, 42, "ab12", "c0ffee", 1_234, AS_OF, REQUESTED));
        assertThat(archived).hasSize(1);
    }

    @Test
    void givenNothing_whenGenerateAssessmentDetail_thenReportGeneratedForTheAssessment() {
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(ACME, REPORT, ReportType.ASSESSMENT_DETAIL, ASSESSMENT, REQUESTED))
                .expectEvents(new ReportGenerated(
                        ACME,
                        REPORT,
                        ReportType.ASSESSMENT_DETAIL,
                        ASSESSMENT,
                        42,
                        "ab12",
                        "c0ffee",
                        1_234,
                        AS_OF,
                        REQUESTED));
    }

    @Test
    void givenAnUnavailableAuditChain_whenGenerate_thenReportGeneratedWithoutChainHash() {
        fixture = new AggregateTestFixture<>(Report.class);
        fixture.registerAnnotatedCommandHandler(new ReportGeneration(
                fixture.getRepository(),
                ACME::equals,
                command -> new ReportArchive.Archived(42, null, "c0ffee", 1_234, AS_OF)));
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(ACME, REPORT, ReportType.EXECUTIVE_SUMMARY, null, REQUESTED))
                .expectEvents(new ReportGenerated(
                        ACME, REPORT, ReportType.EXECUTIVE_SUMMARY, null, 42, null, "c0ffee", 1_234, AS_OF, REQUESTED));
    }

    @Test
    void givenNothing_whenGenerateAssessmentDetailWithoutAssessment_thenRejectedBeforeRendering() {
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(ACME, REPORT, ReportType.ASSESSMENT_DETAIL, null, REQUESTED))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        assertThat(archived).isEmpty();
    }

    @Test
    void givenNothing_whenGenerateWithoutType_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(ACME, REPORT, null, null, REQUESTED))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        assertThat(archived).isEmpty();
    }

    @Test
    void givenNothing_whenGenerateForAnUnknownCompany_thenRejectedBeforeRendering() {
        fixture.givenNoPriorActivity()
                .when(new GenerateReport(UNKNOWN, REPORT, ReportType.BOARD_PACK, null, REQUESTED))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
        assertThat(archived).isEmpty();
    }
}
