package io.scoreledger.api.organization;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.ids.SignalId;
import io.scoreledger.organization.commands.RecordOrganizationSignals;
import io.scoreledger.values.AcceptedTime;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** SecurityScorecard issues become organization-level findings of the company; they feed the dashboard's score. */
@RestController
@Tag(name = "Integrations", description = "External risk signals.")
record SecurityScorecardController(CommandGateway commands, RequestClock clock) {

    static final String SOURCE = "securityscorecard";

    record Issue(
            String id,
            String issueType,
            String factor,
            String severity,
            String firstSeen,
            String lastSeen,
            String domain,
            String ip) {}

    record IngestRequest(
            String tenantId,

            @NotNull(message = "The signals field is required.")
            @Size(max = 1000, message = "The signals field must not list more than 1000 issues.")
            List<Issue> signals) {}

    @Schema(name = "SecurityScorecardIngested")
    record Ingested(int ingested, int linked) {}

    @PostMapping(
            path = "/api/v1/integrations/securityscorecard/signal-ingest",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SIGNALS_WRITE)
    @Answers(errors = 404)
    @Operation(
            operationId = "ingestSecurityScorecardSignals",
            summary = "Ingest and normalize SecurityScorecard issues into organization-level signals")
    Envelope<Ingested> ingest(
            @AuthenticationPrincipal Caller caller,
            @Valid @RequestBody IngestRequest body,
            HttpServletRequest request) {
        var tenant = TenantSelection.resolveWithBody(caller, body.tenantId(), request);
        var now = clock.now();
        var findings = new ArrayList<RecordOrganizationSignals.Finding>();
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (int i = 0; i < body.signals().size(); i++) {
            var issue = body.signals().get(i);
            var field = "signals[" + i + "].";
            if (issue == null) {
                problems.put("signals[" + i + "]", List.of("Each signal must be an object."));
                continue;
            }
            if (issue.id() == null || issue.id().isBlank() || issue.id().length() > 200) {
                problems.put(field + "id", List.of("The id field is required (at most 200 characters)."));
            }
            if (issue.issueType() == null || issue.issueType().isBlank()) {
                problems.put(field + "issueType", List.of("The issueType field is required."));
            }
            Severity severity = null;
            if (issue.severity() == null
                    || !issue.severity().equals("info")
                            && Severity.fromWireName(issue.severity()).isEmpty()) {
                problems.put(
                        field + "severity",
                        List.of("The severity field must be one of info, low, medium, high, critical."));
            } else {
                severity = Severity.fromWireName(issue.severity()).orElse(null);
            }
            var lastSeen = instant(issue.lastSeen(), field + "lastSeen", true, now, problems);
            var firstSeen = instant(issue.firstSeen(), field + "firstSeen", false, now, problems);
            if (issue.domain() == null && issue.ip() == null) {
                problems.put(field + "domain", List.of("Either domain or ip is required."));
            }
            findings.add(new RecordOrganizationSignals.Finding(
                    SignalId.mint(),
                    issue.id(),
                    issue.issueType(),
                    issue.factor(),
                    severity,
                    firstSeen == null ? lastSeen : firstSeen,
                    lastSeen,
                    issue.domain(),
                    issue.ip()));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    problems);
        }
        if (findings.isEmpty()) {
            return Envelope.of(new Ingested(0, 0));
        }
        RecordOrganizationSignals.Result result =
                commands.sendAndWait(new RecordOrganizationSignals(tenant, SOURCE, findings, now));
        return Envelope.of(new Ingested(result.ingested(), result.linked()));
    }

    private static Instant instant(
            String value, String field, boolean required, Instant now, Map<String, List<String>> problems) {
        if (value == null) {
            if (required) {
                problems.put(
                        field, List.of("The " + field.substring(field.lastIndexOf('.') + 1) + " field is required."));
            }
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.put(field, List.of("The field must be an ISO-8601 instant such as 2025-02-20T15:30:00Z."));
            return null;
        }
        var name = field.substring(field.lastIndexOf('.') + 1);
        if (!AcceptedTime.isInRange(instant)) {
            problems.put(
                    field,
                    List.of("The " + name + " field must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z."));
            return null;
        }
        if (!AcceptedTime.isAcceptedOccurrence(instant, now)) {
            problems.put(field, List.of("The " + name + " field lies in the future."));
            return null;
        }
        return instant;
    }
}
