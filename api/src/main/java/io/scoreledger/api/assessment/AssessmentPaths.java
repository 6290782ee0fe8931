package io.scoreledger.api.assessment;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;

/** Path ids, checked before anything else so a malformed or foreign id tells the caller nothing. */
final class AssessmentPaths {

    static final String COMPANY_NOT_FOUND = "Company not found.";
    static final String CLIENT_NOT_FOUND = "Client not found.";
    static final String ASSESSMENT_NOT_FOUND = "Assessment not found.";

    private AssessmentPaths() {}

    static TenantId company(String companyId, Caller caller) {
        if (!TenantId.isWellFormed(companyId)) {
            throw ApiException.notFound(COMPANY_NOT_FOUND);
        }
        var tenant = new TenantId(companyId);
        caller.requireAccessTo(tenant);
        return tenant;
    }

    static ClientId client(String clientId) {
        if (!ClientId.isWellFormed(clientId)) {
            throw ApiException.notFound(CLIENT_NOT_FOUND);
        }
        return new ClientId(clientId);
    }

    static AssessmentId assessment(String assessmentId) {
        if (!AssessmentId.isWellFormed(assessmentId)) {
            throw ApiException.notFound(ASSESSMENT_NOT_FOUND);
        }
        return new AssessmentId(assessmentId);
    }
}
