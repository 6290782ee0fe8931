package io.scoreledger.api.employee;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.employee.commands.DisputeSignal;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.ids.SignalId;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/signals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Signals", description = "Security events about employees; each moves a score by the scoring model.")
record SignalsController(CommandGateway commands, RequestClock clock) {

    static final String SIGNAL_NOT_FOUND = "Signal not found.";

    record Rejected(int index, String code, String message) {}

    @Schema(name = "SignalsIngested")
    record Ingested(int ingested, int duplicates, int linked, List<Rejected> rejected) {}

    record Disputed(String signalId, boolean disputed) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SIGNALS_WRITE)
    @ActingTenant
    @Operation(
            operationId = "ingestSignals",
            summary = "Ingest up to 1000 signals; malformed ones and duplicates are reported, the rest recorded")
    Envelope<Ingested> ingest(
            @AuthenticationPrincipal Caller caller,
            @RequestBody IngestSignalsRequest body,
            HttpServletRequest request) {
        var tenant = TenantSelection.resolveParameterOrBody(caller, body.tenantId(), request);
        var now = clock.now();
        var checked = SignalBatches.check(body, now);
        var result = checked.accepted().isEmpty()
                ? new IngestSignals.Result(0, 0, 0, List.of())
                : commands.<IngestSignals.Result>sendAndWait(new IngestSignals(tenant, checked.accepted(), now));
        var rejected = SignalBatches.merge(checked.rejected(), result.rejected()).stream()
                .map(r -> new Rejected(r.index(), r.code(), r.message()))
                .toList();
        return Envelope.of(new Ingested(result.ingested(), result.duplicates(), result.linked(), rejected));
    }

    @PostMapping(path = "/{signalId}/dispute", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.SIGNALS_WRITE)
    @ActingTenant
    @Operation(
            operationId = "disputeSignal",
            summary = "Mark a signal as a false positive: its effect on the score is removed")
    Envelope<Disputed> dispute(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String signalId,
            @Valid @RequestBody DisputeSignalRequest body,
            HttpServletRequest request) {
        var tenant = TenantSelection.resolveParameterOrBody(caller, body.tenantId(), request);
        if (!SignalId.isWellFormed(signalId)) {
            throw ApiException.notFound(SIGNAL_NOT_FOUND);
        }
        commands.sendAndWait(
                new DisputeSignal(tenant, new SignalId(signalId), body.reason().strip(), clock.now()));
        return Envelope.of(new Disputed(signalId, true));
    }
}
