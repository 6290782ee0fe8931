package io.scoreledger.query.policy;

import io.scoreledger.policy.queries.FindPolicies;
import io.scoreledger.policy.queries.FindPolicyCategories;
import io.scoreledger.policy.queries.FindPolicyVersions;
import io.scoreledger.policy.queries.GetPolicy;
import io.scoreledger.policy.queries.GetPolicyAcknowledgement;
import io.scoreledger.policy.queries.GetPolicyCategory;
import org.axonframework.queryhandling.QueryHandler;

public class PolicyQueryHandler {

    private final PolicyRepository repository;

    public PolicyQueryHandler(PolicyRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindPolicyCategories.Result handle(FindPolicyCategories query) {
        return new FindPolicyCategories.Result(repository.findCategories(query.tenantId()));
    }

    @QueryHandler
    GetPolicyCategory.Result handle(GetPolicyCategory query) {
        return new GetPolicyCategory.Result(
                repository.findCategory(query.tenantId(), query.categoryId()).orElse(null));
    }

    @QueryHandler
    FindPolicies.Result handle(FindPolicies query) {
        return new FindPolicies.Result(repository.findPolicies(
                query.tenantId(), query.clientId(), query.status(), query.categoryId(), query.titleContains()));
    }

    @QueryHandler
    GetPolicy.Result handle(GetPolicy query) {
        return new GetPolicy.Result(
                repository.findPolicy(query.tenantId(), query.policyId()).orElse(null));
    }

    @QueryHandler
    FindPolicyVersions.Result handle(FindPolicyVersions query) {
        return new FindPolicyVersions.Result(repository.findVersions(query.tenantId(), query.policyId()));
    }

    @QueryHandler
    GetPolicyAcknowledgement.Result handle(GetPolicyAcknowledgement query) {
        return new GetPolicyAcknowledgement.Result(repository
                .findAcknowledgement(query.tenantId(), query.policyId(), query.employeeId(), query.version())
                .orElse(null));
    }
}
