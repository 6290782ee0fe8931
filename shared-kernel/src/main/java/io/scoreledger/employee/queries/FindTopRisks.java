package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.List;

public record FindTopRisks(TenantId tenantId, int limit, Order order) {

    public enum Order {
        LOWEST_SCORE,
        BIGGEST_DROP
    }

    /** scoreChange30d: current score minus the score 30 days ago (0 when unchanged); topRiskFactor may be null. */
    public record Risk(
            EmployeeId employeeId, String email, int score, Band band, int scoreChange30d, SignalType topRiskFactor) {}

    public record Result(List<Risk> risks) {}
}
