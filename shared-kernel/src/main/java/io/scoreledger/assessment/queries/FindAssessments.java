package io.scoreledger.assessment.queries;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.util.List;

/** A client's assessments, oldest first; deleted ones are left out. */
public record FindAssessments(TenantId tenantId, ClientId clientId) {

    public record Result(List<AssessmentView> assessments) {}
}
