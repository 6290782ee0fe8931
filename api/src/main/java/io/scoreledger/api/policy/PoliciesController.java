package io.scoreledger.api.policy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.TextParameters;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.employee.queries.GetEmployeeScore;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.policy.PolicyStatus;
import io.scoreledger.policy.commands.AcknowledgePolicy;
import io.scoreledger.policy.commands.ApprovePolicy;
import io.scoreledger.policy.commands.ArchivePolicy;
import io.scoreledger.policy.commands.CreatePolicy;
import io.scoreledger.policy.commands.PublishPolicy;
import io.scoreledger.policy.commands.RejectPolicy;
import io.scoreledger.policy.commands.UpdatePolicy;
import io.scoreledger.policy.queries.FindPolicies;
import io.scoreledger.policy.queries.FindPolicyVersions;
import io.scoreledger.policy.queries.GetPolicy;
import io.scoreledger.policy.queries.GetPolicyAcknowledgement;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
        path = "/api/v3/companies/{companyId}/clients/{clientId}/policies",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Policies", description = "A client's policies, their versions, lifecycle and acknowledgements.")
record PoliciesController(CommandGateway commands, QueryGateway queries, Writes writes, RequestClock clock) {

    private static final String STATUSES =
            Arrays.stream(PolicyStatus.values()).map(PolicyStatus::wireName).collect(Collectors.joining(", "));
    private static final String NOT_VISIBLE =
            "The change was recorded but is not visible yet; read the policy again shortly.";

    @GetMapping
    @RequiresScope(Scope.POLICIES_READ)
    @Operation(operationId = "listPolicies", summary = "List a client's policies")
    Envelope<List<PolicyResponse>> list(
            @Visible ClientView client,
            @Parameter(description = "draft, published, approved, rejected or archived") @RequestParam(required = false)
                    String status,
            @Parameter(description = "A policy category id") @RequestParam(name = "category_id", required = false)
                    String categoryId,
            @Parameter(description = "Case-insensitive match anywhere in the title") @RequestParam(required = false)
                    String search) {
        var statusFilter = parseStatus(status);
        PolicyCategoryId categoryFilter = null;
        if (categoryId != null && !categoryId.isEmpty()) {
            if (!PolicyCategoryId.isWellFormed(categoryId)) {
                throw ApiException.invalid("category_id", "The category_id parameter must be a policy category id.");
            }
            categoryFilter = new PolicyCategoryId(categoryId);
        }
        var result = queries.query(
                        new FindPolicies(
                                client.tenantId(),
                                client.id(),
                                statusFilter,
                                categoryFilter,
                                TextParameters.search(search)),
                        FindPolicies.Result.class)
                .join();
        return Envelope.of(result.policies().stream().map(PolicyResponse::of).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "createPolicy", summary = "Create a policy for the client (a draft, version 0.1)")
    @Answers(status = 201, data = PolicyResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> create(@Valid @RequestBody CreatePolicyRequest request, @Visible ClientView client) {
        var tenantId = client.tenantId();
        var categoryId = category(request.categoryId());
        var ownerId = owner(tenantId, request.ownerId());
        var policyId = PolicyId.mint();
        var command = new CreatePolicy(
                tenantId,
                policyId,
                client.id(),
                request.title(),
                request.description(),
                request.content(),
                categoryId,
                ownerId,
                request.policyType(),
                request.notes(),
                clock.now());
        var location = URI.create(base(tenantId, client.id()) + "/" + policyId.value());
        return writes.create(
                command,
                new Writes.Read<>(
                        new GetPolicy(tenantId, policyId),
                        GetPolicy.Result.class,
                        r -> r.found().isPresent()),
                result -> PolicyResponse.of(result.policy()),
                location,
                policyId.value());
    }

    @GetMapping("/{policyId}")
    @RequiresScope(Scope.POLICIES_READ)
    @Operation(operationId = "getPolicy", summary = "One policy")
    Envelope<PolicyResponse> get(@Visible PolicyView policy) {
        return Envelope.of(PolicyResponse.of(policy));
    }

    @GetMapping("/{policyId}/versions")
    @RequiresScope(Scope.POLICIES_READ)
    @Operation(operationId = "listPolicyVersions", summary = "Every version of the policy, oldest first, with its text")
    Envelope<List<PolicyVersionResponse>> versions(@Visible PolicyView policy) {
        var result = queries.query(
                        new FindPolicyVersions(policy.tenantId(), policy.id()), FindPolicyVersions.Result.class)
                .join();
        return Envelope.of(
                result.versions().stream().map(PolicyVersionResponse::of).toList());
    }

    @PatchMapping(path = "/{policyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "updatePolicy", summary = "Update the text: a new draft version (minor + 1)")
    @Answers(errors = 503)
    Envelope<PolicyResponse> update(@Valid @RequestBody UpdatePolicyRequest request, @Visible PolicyView policy) {
        if (request.title() == null && request.description() == null && request.content() == null) {
            throw ApiException.invalid("body", "Send at least one of title, description and content.");
        }
        String version = commands.sendAndWait(new UpdatePolicy(
                policy.tenantId(),
                policy.id(),
                request.title(),
                request.description(),
                request.content(),
                clock.now()));
        return awaitPolicy(
                policy, view -> view.status() == PolicyStatus.DRAFT && version.equals(view.currentVersion()));
    }

    @PostMapping("/{policyId}/publish")
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "publishPolicy", summary = "Publish the latest draft as the next major version")
    @Answers(errors = 503)
    Envelope<PolicyResponse> publish(@AuthenticationPrincipal Caller caller, @Visible PolicyView policy) {
        String version =
                commands.sendAndWait(new PublishPolicy(policy.tenantId(), policy.id(), caller.actorId(), clock.now()));
        return awaitPolicy(policy, view -> version.equals(view.publishedVersion()));
    }

    @PostMapping("/{policyId}/approve")
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "approvePolicy", summary = "Approve the published version")
    @Answers(errors = 503)
    Envelope<PolicyResponse> approve(@Visible PolicyView policy) {
        commands.sendAndWait(new ApprovePolicy(policy.tenantId(), policy.id(), clock.now()));
        return awaitPolicy(policy, view -> view.status() == PolicyStatus.APPROVED);
    }

    @PostMapping(path = "/{policyId}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "rejectPolicy", summary = "Reject the published version, with a reason")
    @Answers(errors = 503)
    Envelope<PolicyResponse> reject(@Valid @RequestBody RejectPolicyRequest request, @Visible PolicyView policy) {
        commands.sendAndWait(new RejectPolicy(policy.tenantId(), policy.id(), request.reason(), clock.now()));
        return awaitPolicy(policy, view -> view.status() == PolicyStatus.REJECTED);
    }

    @PostMapping("/{policyId}/archive")
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(operationId = "archivePolicy", summary = "Archive the policy; nothing can change it afterwards")
    @Answers(errors = 503)
    Envelope<PolicyResponse> archive(@Visible PolicyView policy) {
        commands.sendAndWait(new ArchivePolicy(policy.tenantId(), policy.id(), clock.now()));
        return awaitPolicy(policy, view -> view.status() == PolicyStatus.ARCHIVED);
    }

    @PostMapping(path = "/{policyId}/acknowledgements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.POLICIES_WRITE)
    @Operation(
            operationId = "acknowledgePolicy",
            summary = "Record that an employee acknowledged the published version")
    @Answers(status = 201, alsoSucceeds = 200, errors = 503)
    ResponseEntity<Envelope<AcknowledgementResponse>> acknowledge(
            @Valid @RequestBody AcknowledgePolicyRequest request, @Visible PolicyView policy) {
        var employeeId = employee(policy.tenantId(), request.employeeId());
        AcknowledgePolicy.Result result =
                commands.sendAndWait(new AcknowledgePolicy(policy.tenantId(), policy.id(), employeeId, clock.now()));
        var acknowledgedAt = writes.changed(
                        new Writes.Read<>(
                                new GetPolicyAcknowledgement(
                                        policy.tenantId(), policy.id(), employeeId, result.version()),
                                GetPolicyAcknowledgement.Result.class,
                                found -> found.found().isPresent()),
                        NOT_VISIBLE)
                .acknowledgedAt();
        return ResponseEntity.status(result.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Envelope.of(new AcknowledgementResponse(
                        policy.id().value(), employeeId.value(), result.version(), acknowledgedAt)));
    }

    private Envelope<PolicyResponse> awaitPolicy(PolicyView policy, Predicate<PolicyView> visible) {
        var read = new Writes.Read<>(
                new GetPolicy(policy.tenantId(), policy.id()),
                GetPolicy.Result.class,
                result -> result.found().map(visible::test).orElse(false));
        return Envelope.of(PolicyResponse.of(writes.changed(read, NOT_VISIBLE).policy()));
    }

    private static PolicyCategoryId category(String categoryId) {
        if (categoryId == null) {
            return null;
        }
        if (!PolicyCategoryId.isWellFormed(categoryId)) {
            throw ApiException.invalid("category_id", "The category_id must be a policy category of this company.");
        }
        return new PolicyCategoryId(categoryId);
    }

    private UserId owner(TenantId tenantId, String ownerId) {
        if (ownerId == null) {
            return null;
        }
        var invalid = ApiException.invalid("owner_id", "The owner_id must be a user of this company.");
        if (!UserId.isWellFormed(ownerId)) {
            throw invalid;
        }
        var userId = new UserId(ownerId);
        if (queries.query(new GetUser(tenantId, userId), GetUser.Result.class)
                .join()
                .found()
                .isEmpty()) {
            throw invalid;
        }
        return userId;
    }

    private EmployeeId employee(TenantId tenantId, String employeeId) {
        var invalid = ApiException.invalid("employee_id", "The employee_id must be an employee of this company.");
        if (!EmployeeId.isWellFormed(employeeId)) {
            throw invalid;
        }
        var id = new EmployeeId(employeeId);
        if (queries.query(new GetEmployeeScore(tenantId, id), GetEmployeeScore.Result.class)
                .join()
                .found()
                .isEmpty()) {
            throw invalid;
        }
        return id;
    }

    private static String base(TenantId tenantId, ClientId clientId) {
        return "/api/v3/companies/" + tenantId.value() + "/clients/" + clientId.value() + "/policies";
    }

    private static PolicyStatus parseStatus(String status) {
        if (status == null || status.isEmpty()) {
            return null;
        }
        return PolicyStatus.fromWireName(status)
                .orElseThrow(
                        () -> ApiException.invalid("status", "The status parameter must be one of " + STATUSES + "."));
    }
}
