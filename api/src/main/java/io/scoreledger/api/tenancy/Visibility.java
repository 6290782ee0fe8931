package io.scoreledger.api.tenancy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.IntegrationCredentialId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.queries.GetIntegrationCredential;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import io.scoreledger.policy.queries.GetPolicy;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.tenancy.queries.GetCompany;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What a caller may see: the company of a path (403 for a foreign one, 404 for none), a client of it the caller may
 * see, and a policy, assessment or credential of that client. Anything the caller may not see is answered exactly
 * like a missing one, so an answer tells nothing about other clients. Malformed path ids are missing ones too.
 */
@Component
public class Visibility {

    public static final String POLICY_NOT_FOUND = "Policy not found.";
    public static final String ASSESSMENT_NOT_FOUND = "Assessment not found.";
    public static final String CREDENTIAL_NOT_FOUND = "Integration credential not found.";

    private final QueryGateway queries;

    Visibility(QueryGateway queries) {
        this.queries = queries;
    }

    public TenantId company(Caller caller, String companyId) {
        return existing(TenancyPaths.company(companyId, caller));
    }

    /** A tenant the caller was already found to act for, when it must also exist. */
    public TenantId existing(TenantId tenantId) {
        if (queries.query(new GetCompany(tenantId), GetCompany.Result.class)
                .join()
                .found()
                .isEmpty()) {
            throw ApiException.notFound(TenancyPaths.COMPANY_NOT_FOUND);
        }
        return tenantId;
    }

    public ClientView client(Caller caller, String companyId, String clientId) {
        var tenantId = company(caller, companyId);
        return queries.query(new GetClient(tenantId, TenancyPaths.client(clientId)), GetClient.Result.class)
                .join()
                .found()
                .filter(client -> caller.maySee(client.id()))
                .orElseThrow(() -> ApiException.notFound(TenancyPaths.CLIENT_NOT_FOUND));
    }

    public PolicyView policy(ClientView client, String policyId) {
        var id = id(policyId, PolicyId::isWellFormed, PolicyId::new, POLICY_NOT_FOUND);
        var found = queries.query(new GetPolicy(client.tenantId(), id), GetPolicy.Result.class)
                .join()
                .found();
        return ofClient(client, found, PolicyView::clientId, POLICY_NOT_FOUND);
    }

    public AssessmentView assessment(ClientView client, String assessmentId) {
        var id = id(assessmentId, AssessmentId::isWellFormed, AssessmentId::new, ASSESSMENT_NOT_FOUND);
        var found = queries.query(new GetAssessment(client.tenantId(), id), GetAssessment.Result.class)
                .join()
                .found();
        return ofClient(client, found, AssessmentView::clientId, ASSESSMENT_NOT_FOUND);
    }

    /** An assessment named without its client (the platform routes): one of a client the caller may not see is missing. */
    public GetAssessment.Result assessment(Caller caller, TenantId tenant, String assessmentId) {
        var id = id(assessmentId, AssessmentId::isWellFormed, AssessmentId::new, ASSESSMENT_NOT_FOUND);
        var result = queries.query(new GetAssessment(tenant, id), GetAssessment.Result.class)
                .join();
        if (result.found().filter(view -> caller.maySee(view.clientId())).isEmpty()) {
            throw ApiException.notFound(ASSESSMENT_NOT_FOUND);
        }
        return result;
    }

    public IntegrationCredentialView credential(ClientView client, String credentialId) {
        var id = id(
                credentialId,
                IntegrationCredentialId::isWellFormed,
                IntegrationCredentialId::new,
                CREDENTIAL_NOT_FOUND);
        var found = queries.query(
                        new GetIntegrationCredential(client.tenantId(), id), GetIntegrationCredential.Result.class)
                .join()
                .found();
        return ofClient(client, found, IntegrationCredentialView::clientId, CREDENTIAL_NOT_FOUND);
    }

    private static <V> V ofClient(ClientView client, Optional<V> found, Function<V, ClientId> owner, String notFound) {
        return found.filter(view -> owner.apply(view).equals(client.id()))
                .orElseThrow(() -> ApiException.notFound(notFound));
    }

    private static <I> I id(String value, Predicate<String> wellFormed, Function<String, I> parse, String notFound) {
        if (!wellFormed.test(value)) {
            throw ApiException.notFound(notFound);
        }
        return parse.apply(value);
    }
}
