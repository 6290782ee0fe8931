package io.scoreledger.infra.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.assessment.model.AnswerType;
import io.scoreledger.assessment.queries.AssessmentItemView;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.employee.queries.FindTopRisks;
import io.scoreledger.employee.queries.GetDashboard;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.report.ReportType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The renderer alone: what it prints, and that it prints the same bytes for the same contents. */
class ReportPdfTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final Instant AS_OF = Instant.parse("2026-03-01T09:00:00Z");
    private static final String CHAIN = "9f2c4e0b7d1a3c5e8f6a2b4d0c9e7f1a3b5d8c2e4f6a0b1c3d5e7f9a2b4c6d8e";
    private static final AssessmentView ASSESSMENT = new AssessmentView(
            new AssessmentId("asm_one"),
            ACME,
            new ClientId("cli_one"),
            "CIS baseline",
            new TemplateId("tpl_cisv8"),
            "CIS Controls v8",
            "completed",
            100,
            50.0,
            "assessment-score/1",
            AS_OF.minusSeconds(3600),
            AS_OF,
            "1.0",
            4);

    private static ReportContents contents(ReportType type, String tenantName, long position, String chainHash) {
        var trend = new ArrayList<GetDashboardTrends.Point>();
        for (int day = 0; day < 40; day++) {
            trend.add(new GetDashboardTrends.Point(LocalDate.of(2026, 1, 20).plusDays(day), 60 + day % 7 * 3, 12));
        }
        return new ReportContents(
                type,
                tenantName,
                position,
                AS_OF,
                chainHash,
                new GetDashboard.Result(
                        72, "Moderate", "dashboard-v3", twelveEmployeesAveraging74Point5(), 65, 50.0, 1),
                Map.of(Band.GREEN, 5, Band.YELLOW, 4, Band.ORANGE, 2, Band.RED, 1, Band.CRITICAL, 0),
                trend,
                List.of(new FindTopRisks.Risk(
                        new EmployeeId("emp_one"), "wile@acme.example", 31, Band.RED, 0, SignalType.values()[0])),
                List.of(new ReportContents.ClientAssessment("Road Runner Inc", ASSESSMENT)),
                List.of(new ReportContents.ClientPolicy(
                        "Road Runner Inc",
                        new PolicyView(
                                new PolicyId("pol_one"),
                                ACME,
                                new ClientId("cli_one"),
                                "Acceptable Use",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                PolicyStatus.PUBLISHED,
                                "1.0",
                                "1.0",
                                null,
                                41.7,
                                AS_OF,
                                AS_OF))),
                type == ReportType.BOARD_PACK || type == ReportType.ASSESSMENT_DETAIL
                        ? new ReportContents.Focus(
                                "Road Runner Inc",
                                ASSESSMENT,
                                List.of(new AssessmentItemView(
                                        "CIS.1",
                                        "Inventory",
                                        "Inventory of enterprise assets?",
                                        AnswerType.YES_NO,
                                        1,
                                        "yes")))
                        : null);
    }

    private static ScoreHistogram twelveEmployeesAveraging74Point5() {
        var counts = new ArrayList<>(Collections.nCopies(101, 0));
        counts.set(74, 6);
        counts.set(75, 6);
        return new ScoreHistogram(counts);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void givenABoardPack_whenRendered_thenItsTextShowsTenantScorePinChainBandsAndRisks() throws Exception {
        var text = text(ReportPdf.render(contents(ReportType.BOARD_PACK, "Acme Corp", 4711, CHAIN)));

        assertThat(text)
                .contains("Acme Corp")
                .contains("Overall score 72 (Moderate)")
                .contains("Event-log position 4711")
                .contains("Audit chain hash " + CHAIN)
                .contains("Generated at 2026-03-01T09:00:00Z")
                .contains("yellow")
                .contains("wile@acme.example")
                .contains("CIS baseline")
                .contains("Acceptable Use")
                .contains("published 1");
    }

    @Test
    void givenTheSameContents_whenRenderedAgainLater_thenTheBytesAreIdentical() throws Exception {
        var first = ReportPdf.render(contents(ReportType.BOARD_PACK, "Acme Corp", 4711, CHAIN));
        Thread.sleep(1_100);
        var again = ReportPdf.render(contents(ReportType.BOARD_PACK, "Acme Corp", 4711, CHAIN));

        assertThat(again).isEqualTo(first);
        try (var document = Loader.loadPDF(first)) {
            assertThat(document.getDocumentInformation().getCreationDate().toInstant())
                    .isEqualTo(AS_OF);
            assertThat(document.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID))
                    .isNotNull();
        }
        assertThat(ReportPdf.render(contents(ReportType.BOARD_PACK, "Acme Corp", 4712, CHAIN)))
                .isNotEqualTo(first);
    }

    @Test
    void givenNoChainAndCharactersTheStandardFontsLack_whenRendered_thenUnavailableAndNoFailure() throws Exception {
        var text = text(ReportPdf.render(contents(ReportType.EXECUTIVE_SUMMARY, "Société Ωmega 東京", 1, null)));

        assertThat(text).contains("Société ?mega ??").contains("Audit chain hash unavailable");
    }

    @Test
    void givenAnAssessmentDetail_whenRendered_thenItsAnswersArePrinted() throws Exception {
        var text = text(ReportPdf.render(contents(ReportType.ASSESSMENT_DETAIL, "Acme Corp", 9, CHAIN)));

        assertThat(text)
                .contains("Assessment: CIS baseline")
                .contains("CIS.1")
                .contains("Inventory of enterprise assets?");
    }
}
