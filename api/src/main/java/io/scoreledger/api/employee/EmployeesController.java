package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.employee.commands.UpsertEmployees;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.queries.GetClient;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/employees", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Employees", description = "The people whose security scores are kept, matched by e-mail per tenant.")
record EmployeesController(CommandGateway commands, QueryGateway queries, RequestClock clock) {

    record Upserted(List<String> ids, int created, int updated) {}

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.EMPLOYEES_WRITE)
    @ActingTenant
    @Operation(
            operationId = "upsertEmployees",
            summary = "Register or update up to 1000 employees at once, matched by e-mail")
    Envelope<Upserted> upsert(
            @AuthenticationPrincipal Caller caller,
            @RequestBody UpsertEmployeesRequest body,
            HttpServletRequest request) {
        var tenant = TenantSelection.resolveParameterOrBody(caller, body.tenantId(), request);
        var employees = EmployeeBatches.check(body);
        requireKnownClients(tenant, employees);
        var result = commands.<UpsertEmployees.Result>sendAndWait(new UpsertEmployees(tenant, employees, clock.now()));
        return Envelope.of(new Upserted(
                result.ids().stream().map(EmployeeId::value).toList(), result.created(), result.updated()));
    }

    private void requireKnownClients(TenantId tenant, List<UpsertEmployees.Employee> employees) {
        var known = new HashMap<ClientId, Boolean>();
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (int i = 0; i < employees.size(); i++) {
            var client = employees.get(i).clientId();
            if (client == null) {
                continue;
            }
            boolean exists = known.computeIfAbsent(
                    client,
                    id -> queries.query(new GetClient(tenant, id), GetClient.Result.class)
                            .join()
                            .found()
                            .isPresent());
            if (!exists) {
                EmployeeBatches.add(
                        details,
                        "employees[" + i + "].clientId",
                        "The client " + client.value() + " is not a client of this company.");
            }
        }
        if (!details.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    details);
        }
    }
}
