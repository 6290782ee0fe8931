package io.scoreledger.infra.report;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.queries.GetDashboardTrends;
import io.scoreledger.infra.report.PdfCanvas.Column;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

/** The two drawn figures of a report: the score trend over the band backdrop, and the band distribution bar. */
final class ReportCharts {

    private static final float[] INK = {0.12f, 0.29f, 0.53f};
    private static final EnumMap<Band, float[]> BAND_COLORS = new EnumMap<>(Band.class);

    static {
        BAND_COLORS.put(Band.GREEN, new float[] {0.24f, 0.62f, 0.33f});
        BAND_COLORS.put(Band.YELLOW, new float[] {0.93f, 0.77f, 0.16f});
        BAND_COLORS.put(Band.ORANGE, new float[] {0.95f, 0.55f, 0.13f});
        BAND_COLORS.put(Band.RED, new float[] {0.84f, 0.22f, 0.2f});
        BAND_COLORS.put(Band.CRITICAL, new float[] {0.5f, 0.05f, 0.12f});
    }

    private static final List<Band> BAND_ORDER = List.of(Band.GREEN, Band.YELLOW, Band.ORANGE, Band.RED, Band.CRITICAL);

    private ReportCharts() {}

    static void trend(PdfCanvas canvas, ReportContents report) {
        canvas.heading("Score trend, " + ReportSources.TREND_DAYS + " days");
        var to = LocalDate.ofInstant(report.asOf(), ZoneOffset.UTC);
        var from = to.minusDays(ReportSources.TREND_DAYS - 1);
        float height = 150;
        float left = PdfCanvas.MARGIN + 24;
        float width = PdfCanvas.WIDTH - 24;
        canvas.reserve(height + 30);
        float bottom = canvas.y() - height;
        for (var band : BAND_ORDER) {
            var rgb = BAND_COLORS.get(band);
            float[] pale = {1 - (1 - rgb[0]) * 0.12f, 1 - (1 - rgb[1]) * 0.12f, 1 - (1 - rgb[2]) * 0.12f};
            float low = band.min() == 0 ? 0 : band.min() - 0.5f;
            float high = band.max() == 100 ? 100 : band.max() + 0.5f;
            canvas.fill(pale, left, bottom + height * low / 100, width, height * (high - low) / 100);
        }
        for (int value = 0; value <= 100; value += 20) {
            float at = bottom + height * value / 100;
            canvas.stroke(0.8f, 0.3f, left, at, left + width, at);
            var label = Integer.toString(value);
            canvas.text(PdfCanvas.REGULAR, 7, left - 4 - canvas.width(PdfCanvas.REGULAR, 7, label), at - 2.5f, label);
        }
        canvas.stroke(0.3f, 0.6f, left, bottom, left, bottom + height);
        canvas.stroke(0.3f, 0.6f, left, bottom, left + width, bottom);
        var points = report.trend().stream()
                .filter(point -> point.employeeCount() > 0)
                .toList();
        long span = ChronoUnit.DAYS.between(from, to);
        if (points.isEmpty()) {
            canvas.text(PdfCanvas.REGULAR, 9, left + 10, bottom + height / 2, "No scores recorded in this period.");
        } else {
            float[] xs = new float[points.size()];
            float[] ys = new float[points.size()];
            for (int i = 0; i < points.size(); i++) {
                GetDashboardTrends.Point point = points.get(i);
                xs[i] = left + width * ChronoUnit.DAYS.between(from, point.date()) / Math.max(1, span);
                ys[i] = bottom + height * (float) Math.max(0, Math.min(100, point.employeeAverage())) / 100;
            }
            canvas.polyline(INK, 1.4f, xs, ys);
        }
        canvas.text(PdfCanvas.REGULAR, 7, left, bottom - 10, from.toString());
        var end = to.toString();
        canvas.text(PdfCanvas.REGULAR, 7, left + width - canvas.width(PdfCanvas.REGULAR, 7, end), bottom - 10, end);
        canvas.gap(height + 14);
        canvas.line(
                PdfCanvas.REGULAR,
                8,
                points.isEmpty()
                        ? "The employees' daily average score."
                        : "The employees' daily average score; latest "
                                + ReportPdf.decimal(points.getLast().employeeAverage()) + " on "
                                + points.getLast().date() + ", " + points.size() + " days with scores.");
    }

    static void bands(PdfCanvas canvas, ReportContents report) {
        canvas.heading("Band distribution");
        int total = report.bands().values().stream().mapToInt(Integer::intValue).sum();
        var rows = new ArrayList<List<String>>();
        for (var band : BAND_ORDER) {
            int count = report.bands().getOrDefault(band, 0);
            rows.add(List.of(
                    band.wireName(),
                    band.min() + "\u2013" + band.max(),
                    Integer.toString(count),
                    ReportPdf.percent(total == 0 ? 0 : count * 100.0 / total)));
        }
        canvas.table(
                List.of(
                        Column.left("Band", 120),
                        Column.left("Scores", 100),
                        Column.right("Employees", 100),
                        Column.right("Share", 100)),
                rows);
        if (total > 0) {
            canvas.reserve(16);
            float x = PdfCanvas.MARGIN;
            for (var band : BAND_ORDER) {
                float share = PdfCanvas.WIDTH * report.bands().getOrDefault(band, 0) / total;
                canvas.fill(BAND_COLORS.get(band), x, canvas.y() - 10, share, 10);
                x += share;
            }
            canvas.gap(16);
        }
    }
}
