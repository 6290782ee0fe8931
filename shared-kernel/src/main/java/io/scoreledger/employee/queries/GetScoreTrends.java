package io.scoreledger.employee.queries;

import io.scoreledger.ids.TenantId;
import java.time.LocalDate;
import java.util.List;

/** One point per period from the daily snapshots: the snapshot of the period's first day (UTC). */
public record GetScoreTrends(TenantId tenantId, String department, LocalDate from, LocalDate to, Interval interval) {

    public enum Interval {
        DAILY,
        WEEKLY,
        MONTHLY
    }

    public record Point(LocalDate date, double averageScore, int medianScore, int employeeCount) {}

    public record Result(List<Point> points) {}
}
