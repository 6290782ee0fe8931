package io.scoreledger.infra.report;

import io.scoreledger.infra.report.PdfCanvas.Column;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.report.ReportType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Draws a report. Deterministic: the document dates are the pinned event's timestamp and the trailer /ID is derived
 * from what the report is pinned to, so the same contents always give the same bytes.
 */
final class ReportPdf {

    static final String PRODUCER = "Scoreledger";
    static final String UNAVAILABLE = "unavailable";

    private ReportPdf() {}

    static byte[] render(ReportContents report) {
        var footer = "Scoreledger " + title(report.reportType()).toLowerCase(Locale.ROOT) + "  \u00b7  "
                + report.tenantName() + "  \u00b7  event-log position " + report.position();
        try (var canvas = new PdfCanvas(new PDDocument(), footer)) {
            info(canvas, report);
            header(canvas, report);
            summary(canvas, report);
            if (report.reportType() != ReportType.ASSESSMENT_DETAIL) {
                ReportCharts.trend(canvas, report);
                ReportCharts.bands(canvas, report);
                risks(canvas, report, report.reportType() == ReportType.BOARD_PACK ? 10 : 5);
                assessments(canvas, report, report.reportType() == ReportType.BOARD_PACK);
                policies(canvas, report, report.reportType() == ReportType.BOARD_PACK);
            }
            focus(canvas, report);
            return canvas.save();
        }
    }

    static String title(ReportType type) {
        return switch (type) {
            case BOARD_PACK -> "Board pack";
            case EXECUTIVE_SUMMARY -> "Executive summary";
            case ASSESSMENT_DETAIL -> "Assessment detail";
        };
    }

    private static void info(PdfCanvas canvas, ReportContents report) {
        // PDFBox would otherwise leave the dates out and derive the /ID from the clock.
        var pinned = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        pinned.setTimeInMillis(report.asOf().toEpochMilli());
        canvas.documentInformation(title(report.reportType()) + " \u2014 " + report.tenantName(), PRODUCER, pinned);
        canvas.documentId(documentId(report));
    }

    private static byte[] documentId(ReportContents report) {
        try {
            var seed = String.join(
                    "|",
                    report.reportType().name(),
                    report.tenantName(),
                    Long.toString(report.position()),
                    String.valueOf(report.chainHash()),
                    report.focus() == null
                            ? ""
                            : report.focus().assessment().id().value());
            return Arrays.copyOf(
                    MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(PdfCanvas canvas, ReportContents report) {
        var kind = title(report.reportType()).toUpperCase(Locale.ROOT);
        canvas.line(PdfCanvas.REGULAR, 10, "SCORELEDGER  \u00b7  " + kind);
        canvas.title(report.tenantName(), 22);
        canvas.gap(4);
        canvas.field("Generated at", report.asOf().toString() + " (timestamp of the pinned event)");
        canvas.field("Event-log position", Long.toString(report.position()));
        canvas.reserve(14);
        canvas.gap(10);
        canvas.text(PdfCanvas.BOLD, 10, PdfCanvas.MARGIN, canvas.y(), "Audit chain hash");
        canvas.text(
                PdfCanvas.MONO,
                8.5f,
                PdfCanvas.MARGIN + 150,
                canvas.y(),
                report.chainHash() == null ? UNAVAILABLE : report.chainHash());
        canvas.gap(4);
        canvas.line(
                PdfCanvas.REGULAR,
                8,
                "Every figure is as of this position; regenerating at it gives this document, byte for byte.");
    }

    private static void summary(PdfCanvas canvas, ReportContents report) {
        var summary = report.summary();
        canvas.heading("Dashboard summary");
        canvas.reserve(40);
        canvas.gap(26);
        var score =
                summary.overallScore() == null ? "n/a" : summary.overallScore().toString();
        canvas.text(PdfCanvas.BOLD, 26, PdfCanvas.MARGIN, canvas.y(), score);
        float after = PdfCanvas.MARGIN + canvas.width(PdfCanvas.BOLD, 26, score) + 6;
        canvas.text(PdfCanvas.REGULAR, 11, after, canvas.y(), "/ 100 overall score");
        canvas.text(
                PdfCanvas.BOLD,
                14,
                PdfCanvas.MARGIN + 260,
                canvas.y(),
                "Risk level: " + (summary.riskLevel() == null ? "n/a" : summary.riskLevel()));
        canvas.gap(10);
        canvas.field("Overall score", score + (summary.riskLevel() == null ? "" : " (" + summary.riskLevel() + ")"));
        canvas.field("Formula", summary.formulaVersion());
        canvas.field(
                "Employees scored",
                summary.employees().total()
                        + (summary.employeeAverage() == null ? "" : ", average " + decimal(summary.employeeAverage())));
        canvas.field(
                "Organization score",
                summary.organizationScore() == null
                        ? "no findings"
                        : summary.organizationScore().toString());
        canvas.field(
                "Assessments",
                summary.completedAssessments() + " completed"
                        + (summary.assessmentScore() == null
                                ? ""
                                : ", average score " + decimal(summary.assessmentScore())));
    }

    private static void risks(PdfCanvas canvas, ReportContents report, int limit) {
        canvas.heading("Top risks");
        if (report.topRisks().isEmpty()) {
            canvas.line("No employee is scored yet.");
            return;
        }
        var rows = report.topRisks().stream()
                .limit(limit)
                .map(risk -> List.of(
                        risk.email(),
                        Integer.toString(risk.score()),
                        risk.band().wireName(),
                        risk.topRiskFactor() == null
                                ? "\u2013"
                                : risk.topRiskFactor().wireName()))
                .toList();
        canvas.table(
                List.of(
                        Column.left("Employee", 235),
                        Column.right("Score", 60),
                        Column.left("   Band", 80),
                        Column.left("Top risk factor", 120)),
                rows);
    }

    private static void assessments(PdfCanvas canvas, ReportContents report, boolean everyOne) {
        canvas.heading("Assessment results");
        var all = report.assessments();
        long completed = all.stream()
                .filter(a -> "completed".equals(a.assessment().status()))
                .count();
        canvas.line((all.size() == 1 ? "1 assessment" : all.size() + " assessments") + ", " + completed + " completed, "
                + (all.size() - completed) + " in progress.");
        if (all.isEmpty()) {
            return;
        }
        var rows = all.stream()
                .filter(a -> everyOne || "completed".equals(a.assessment().status()))
                .map(a -> List.of(
                        a.clientName(),
                        a.assessment().name(),
                        a.assessment().templateName(),
                        a.assessment().status(),
                        decimal(a.assessment().completionPercentage()) + "%",
                        a.assessment().score() == null
                                ? "\u2013"
                                : decimal(a.assessment().score())))
                .toList();
        canvas.table(
                List.of(
                        Column.left("Client", 90),
                        Column.left("Assessment", 125),
                        Column.left("Template", 110),
                        Column.left("Status", 70),
                        Column.right("Done", 45),
                        Column.right("Score", 55)),
                rows);
    }

    private static void policies(PdfCanvas canvas, ReportContents report, boolean everyOne) {
        canvas.heading("Policy status");
        var all = report.policies();
        var counts = new EnumMap<PolicyStatus, Integer>(PolicyStatus.class);
        all.forEach(p -> counts.merge(p.policy().status(), 1, Integer::sum));
        var parts = new ArrayList<String>();
        for (var status : PolicyStatus.values()) {
            parts.add(status.wireName() + " " + counts.getOrDefault(status, 0));
        }
        canvas.line((all.size() == 1 ? "1 policy" : all.size() + " policies") + ": " + String.join(", ", parts) + ".");
        if (!everyOne || all.isEmpty()) {
            return;
        }
        var rows = all.stream()
                .map(p -> List.of(
                        p.clientName(),
                        p.policy().title(),
                        p.policy().status().wireName(),
                        p.policy().currentVersion(),
                        decimal(p.policy().adoptionRate()) + "%"))
                .toList();
        canvas.table(
                List.of(
                        Column.left("Client", 100),
                        Column.left("Policy", 185),
                        Column.left("Status", 80),
                        Column.right("Version", 55),
                        Column.right("Adoption", 75)),
                rows);
    }

    private static void focus(PdfCanvas canvas, ReportContents report) {
        var focus = report.focus();
        if (focus == null) {
            return;
        }
        var assessment = focus.assessment();
        canvas.heading("Assessment: " + assessment.name());
        canvas.field("Client", focus.clientName());
        canvas.field("Template", assessment.templateName());
        canvas.field(
                "Status",
                assessment.status()
                        + (assessment.completedAt() == null ? "" : ", completed " + assessment.completedAt()));
        canvas.field("Completion", decimal(assessment.completionPercentage()) + "%");
        canvas.field(
                "Score",
                assessment.score() == null
                        ? "not scored"
                        : decimal(assessment.score()) + " (" + assessment.scoreMethod() + ")");
        if (report.reportType() != ReportType.ASSESSMENT_DETAIL || focus.items().isEmpty()) {
            return;
        }
        canvas.gap(6);
        var rows = focus.items().stream()
                .map(item -> List.of(
                        item.questionId(),
                        item.section(),
                        item.question(),
                        item.answer() == null ? "\u2013" : item.answer()))
                .toList();
        canvas.table(
                List.of(
                        Column.left("Id", 45),
                        Column.left("Section", 95),
                        Column.left("Question", 255),
                        Column.left("Answer", 100)),
                rows);
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
