package io.scoreledger.command.policy;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.policy.commands.CreatePolicy;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** A policy's category must be one of its tenant's; the check needs more than the new aggregate knows. */
class PolicyCreation {

    private final Repository<Policy> policies;
    private final KnownCompanies companies;
    private final KnownPolicyCategories categories;

    PolicyCreation(Repository<Policy> policies, KnownCompanies companies, KnownPolicyCategories categories) {
        this.policies = policies;
        this.companies = companies;
        this.categories = categories;
    }

    @CommandHandler
    PolicyId handle(CreatePolicy command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        if (command.categoryId() != null && !categories.exists(command.tenantId(), command.categoryId())) {
            throw new InvalidCommandException(
                    "category_id", "The category_id must be a policy category of this company.");
        }
        policies.newInstance(() -> new Policy(command));
        return command.policyId();
    }
}
