package io.scoreledger.api.tenancy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.commands.CreateCompany;
import io.scoreledger.tenancy.queries.FindCompanies;
import io.scoreledger.tenancy.queries.GetCompany;
import io.scoreledger.values.Scope;
import io.scoreledger.values.SubscriptionPackage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
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
@RequestMapping(path = "/api/v3/companies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Companies", description = "Companies are tenants: the isolation boundary for all data.")
record CompaniesController(QueryGateway queries, Writes writes, RequestClock clock) {

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.COMPANIES_WRITE)
    @Operation(operationId = "createCompany", summary = "Create a company (platform operator only)")
    @Answers(status = 201, data = CompanyResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> create(
            @AuthenticationPrincipal Caller caller, @Valid @RequestBody CreateCompanyRequest request) {
        caller.requireOperator();
        var tenantId = TenantId.mint();
        var subscriptionPackage =
                SubscriptionPackage.fromWireName(request.subscriptionPackage()).orElseThrow();
        var command = new CreateCompany(tenantId, request.name(), request.email(), subscriptionPackage, clock.now());
        var read = new Writes.Read<>(
                new GetCompany(tenantId),
                GetCompany.Result.class,
                result -> result.found().isPresent());
        var location = URI.create("/api/v3/companies/" + tenantId.value());
        return writes.create(command, read, result -> CompanyResponse.of(result.company()), location, tenantId.value());
    }

    @GetMapping
    @RequiresScope(Scope.COMPANIES_READ)
    @Operation(
            operationId = "listCompanies",
            summary = "List the companies the caller may see (all of them for the operator)")
    Envelope<List<CompanyResponse>> list(@AuthenticationPrincipal Caller caller) {
        var query = caller.isOperator() ? FindCompanies.all() : FindCompanies.only(Set.of(caller.tenantId()));
        var result = queries.query(query, FindCompanies.Result.class).join();
        return Envelope.of(result.companies().stream().map(CompanyResponse::of).toList());
    }

    @GetMapping("/{companyId}")
    @RequiresScope(Scope.COMPANIES_READ)
    @Operation(operationId = "getCompany", summary = "One company")
    Envelope<CompanyResponse> get(@AuthenticationPrincipal Caller caller, @PathVariable String companyId) {
        var tenantId = TenancyPaths.company(companyId, caller);
        var result =
                queries.query(new GetCompany(tenantId), GetCompany.Result.class).join();
        return Envelope.of(CompanyResponse.of(
                result.found().orElseThrow(() -> ApiException.notFound(TenancyPaths.COMPANY_NOT_FOUND))));
    }
}
