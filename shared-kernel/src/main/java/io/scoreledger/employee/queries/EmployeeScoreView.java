package io.scoreledger.employee.queries;

import io.scoreledger.employee.model.Band;
import io.scoreledger.employee.model.FactorContribution;
import io.scoreledger.employee.model.SignalType;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import java.time.Instant;
import java.util.List;

public record EmployeeScoreView(
        EmployeeId id,
        String email,
        String name,
        String department,
        ClientId clientId,
        int score,
        Band band,
        List<FactorContribution> contributions,
        SignalType topRiskFactor,
        String modelVersion,
        Instant scoredAt,
        List<SignalView> signals) {}
