package io.scoreledger.api.projection;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.AnyCaller;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.projection.commands.RebuildProjections;
import io.scoreledger.projection.queries.GetProjectionStatuses;
import io.scoreledger.projection.queries.GetReadModelDigests;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator rebuilds read models from the event log and watches them replay. Any caller reaches the
 * methods; each one lets only the operator through, so others get 403 rather than a scope message.
 */
@RestController
@RequestMapping(path = "/api/v1/operator/projections", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operator: projections", description = "Rebuild read models by replaying the event log.")
record ProjectionsController(CommandGateway commands, QueryGateway queries) {

    private static final String STATUS_ROUTE = "/api/v1/operator/projections";

    @GetMapping
    @AnyCaller
    @Operation(
            operationId = "getProjectionStatus",
            summary = "Every event processor's state, position, lag and rebuild progress; digests=true adds a"
                    + " SHA-256 digest of every read-model table")
    Envelope<Map<String, Object>> status(
            @AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "false") boolean digests) {
        caller.requireOperator();
        var result = queries.query(new GetProjectionStatuses(), GetProjectionStatuses.Result.class)
                .join();
        var body = new LinkedHashMap<String, Object>();
        body.put("head", result.head());
        body.put("caughtUp", result.processors().stream().allMatch(status -> status.caughtUp()));
        body.put(
                "processors",
                result.processors().stream().map(ProjectionStatusResponse::of).toList());
        if (digests) {
            body.put(
                    "digests",
                    queries.query(new GetReadModelDigests(), GetReadModelDigests.Result.class)
                            .join()
                            .digests());
        }
        return Envelope.of(body);
    }

    @PostMapping("/rebuild")
    @AnyCaller
    @Operation(
            operationId = "rebuildProjections",
            summary = "Reset and replay the named tracking processors (all resettable ones when none is named);"
                    + " 202 once they have restarted, the replay going on in the background")
    @Answers(status = 202)
    ResponseEntity<Envelope<RebuildResponse>> rebuild(
            @AuthenticationPrincipal Caller caller, @RequestBody(required = false) RebuildProjectionsRequest request) {
        caller.requireOperator();
        var names = request == null || request.processors() == null ? List.<String>of() : request.processors();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) == null || names.get(i).isBlank()) {
                throw ApiException.invalid("processors[" + i + "]", "Processor names must not be blank.");
            }
        }
        RebuildProjections.Result result = commands.sendAndWait(new RebuildProjections(null, names));
        return ResponseEntity.accepted()
                .location(URI.create(STATUS_ROUTE))
                .body(Envelope.of(new RebuildResponse(result.processors(), result.startedAt(), STATUS_ROUTE)));
    }

    record RebuildResponse(List<String> processors, Instant startedAt, String status) {}
}
