package io.scoreledger.employee.queries;

import io.scoreledger.ids.TenantId;
import java.time.LocalDate;
import java.util.List;

/** Daily employee averages from the snapshots, from `from` to `to` inclusive, days without a snapshot left out. */
public record GetDashboardTrends(TenantId tenantId, LocalDate from, LocalDate to) {

    public record Point(LocalDate date, double employeeAverage, int employeeCount) {}

    public record Result(List<Point> points) {}
}
