package io.scoreledger.employee.events;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A score as the model computed it, with everything needed to explain it from the log. previousScore is null for
 * the first score (at registration); topRiskFactor is null when no risk signal weighs. department is the employee's
 * at that moment, so read models can file the score without looking elsewhere.
 */
@Revision("1")
public record EmployeeScoreChanged(
        TenantId tenantId,
        EmployeeId employeeId,
        int score,
        Band band,
        Integer previousScore,
        String department,
        String modelVersion,
        List<FactorContribution> contributions,
        SignalType topRiskFactor,
        Cause cause,
        Instant changedAt)
        implements EmployeeEvent {

    public enum Cause {
        REGISTERED,
        SIGNAL,
        DISPUTE,
        DECAY
    }
}
