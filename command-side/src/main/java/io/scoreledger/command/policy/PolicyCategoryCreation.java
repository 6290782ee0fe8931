package io.scoreledger.command.policy;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.policy.commands.CreatePolicyCategory;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Categories exist only inside companies that exist. */
class PolicyCategoryCreation {

    private final Repository<PolicyCategory> categories;
    private final KnownCompanies companies;

    PolicyCategoryCreation(Repository<PolicyCategory> categories, KnownCompanies companies) {
        this.categories = categories;
        this.companies = companies;
    }

    @CommandHandler
    PolicyCategoryId handle(CreatePolicyCategory command) throws Exception {
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        categories.newInstance(() -> new PolicyCategory(command));
        return command.categoryId();
    }
}
