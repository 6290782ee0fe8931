package io.scoreledger.api.policy;

import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.tenancy.TenancyPaths;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.policy.commands.CreatePolicyCategory;
import io.scoreledger.policy.queries.FindPolicyCategories;
import io.scoreledger.policy.queries.GetPolicyCategory;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
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
record PolicyCategoriesController(QueryGateway queries, Writes writes, RequestClock clock) {

    @GetMapping
    @RequiresScope(Scope.POLICIES_READ)
    @Operation(operationId = "listPolicyCategories", summary = "List a company's policy categories")
    Envelope<List<PolicyCategoryResponse>> list(@Visible TenantId tenantId) {
        var result = queries.query(new FindPolicyCategories(tenantId), FindPolicyCategories.Result.class)
                .join();
        return Envelope.of(
                result.categories().stream().map(PolicyCategoryResponse::of).toList());
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
        var read = new Writes.Read<>(
                new GetPolicyCategory(tenantId, categoryId),
                GetPolicyCategory.Result.class,
                result -> result.found().isPresent());
        return writes.create(
                new CreatePolicyCategory(tenantId, categoryId, request.name(), clock.now()),
                read,
                result -> PolicyCategoryResponse.of(result.category()),
                null,
                categoryId.value());
    }
}
