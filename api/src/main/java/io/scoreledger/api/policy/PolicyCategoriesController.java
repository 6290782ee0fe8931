package io.scoreledger.api.policy;

import io.scoreledger.api.tenancy.TenancyPaths;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.ReadYourWrites;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.policy.commands.CreatePolicyCategory;
import io.scoreledger.policy.queries.FindPolicyCategories;
import io.scoreledger.policy.queries.GetPolicyCategory;
import io.scoreledger.tenancy.queries.GetCompany;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v3/companies/{companyId}/policy-categories", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Policy categories", description = "A company's policy categories (not in the seed).")
class PolicyCategoriesController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final RequestClock clock;

    PolicyCategoriesController(
            CommandGateway commands, QueryGateway queries, ReadYourWrites readYourWrites, RequestClock clock) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @GetMapping
    @RequiresScope(Scope.POLICIES_READ)
    @Operation(operationId = "listPolicyCategories", summary = "List a company's policy categories")
    Envelope<List<PolicyCategoryResponse>> list(@AuthenticationPrincipal Caller caller, @PathVariable String companyId) {
        var tenantId = TenancyPaths.company(companyId, caller);
        if (queries.query(new GetCompany(tenantId), GetCompany.Result.class).join().found().isEmpty()) {
            throw ApiException.notFound(TenancyPaths.COMPANY_NOT_FOUND);
        }
        var result = queries.query(new FindPolicyCategories(tenantId), FindPolicyCategories.Result.class).join();
        return Envelope.of(result.categories().stream().map(PolicyCategoryResponse::of).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "createPolicyCategory", summary = "Create a policy category")
    @Answers(status = 201, data = PolicyCategoryResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> create(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @Valid @RequestBody CreatePolicyCategoryRequest request) {
        var tenantId = TenancyPaths.company(companyId, caller);
        var categoryId = PolicyCategoryId.mint();
        commands.sendAndWait(new CreatePolicyCategory(tenantId, categoryId, request.name(), clock.now()));
        return readYourWrites
                .await(new GetPolicyCategory(tenantId, categoryId), GetPolicyCategory.Result.class,
                        result -> result.found().isPresent())
                .<ResponseEntity<Envelope<?>>>map(result -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(Envelope.of(PolicyCategoryResponse.of(result.category()))))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.ACCEPTED)
                        .body(Envelope.of(Map.of("id", categoryId.value()))));
    }
}
