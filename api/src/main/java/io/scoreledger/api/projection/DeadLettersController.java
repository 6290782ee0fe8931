package io.scoreledger.api.projection;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.AnyCaller;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.projection.commands.EvictDeadLetters;
import io.scoreledger.projection.commands.RetryDeadLetters;
import io.scoreledger.projection.queries.FindDeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform operator sees the events projections could not apply, and retries them once the cause is fixed or
 * evicts them. Any caller reaches the methods; each one lets only the operator through, so others get 403.
 */
@RestController
@RequestMapping(path = "/api/v1/operator/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Operator: dead letters", description = "Events a projection could not apply, parked per sequence.")
record DeadLettersController(CommandGateway commands, QueryGateway queries) {

    @GetMapping
    @AnyCaller
    @Operation(
            operationId = "listDeadLetters",
            summary = "Parked events of every processor (or of one: processor=...), oldest first per sequence, at"
                    + " most 1,000")
    @Answers(errors = 404)
    Envelope<Map<String, List<DeadLetterResponse>>> list(
            @AuthenticationPrincipal Caller caller, @RequestParam(required = false) String processor) {
        caller.requireOperator();
        var result = queries.query(new FindDeadLetters(blankToNull(processor)), FindDeadLetters.Result.class)
                .join();
        return Envelope.of(Map.of(
                "items", result.letters().stream().map(DeadLetterResponse::of).toList()));
    }

    @PostMapping("/retry")
    @AnyCaller
    @Operation(
            operationId = "retryDeadLetters",
            summary = "Hands parked sequences back to their projection: all of them, one processor's, or one"
                    + " sequence; a sequence that fails again stays parked with its new cause")
    @Answers(errors = 404)
    Envelope<RetriedDeadLetters> retry(
            @AuthenticationPrincipal Caller caller, @RequestBody(required = false) RetryRequest request) {
        caller.requireOperator();
        var processor = request == null ? null : blankToNull(request.processor());
        var sequence = request == null ? null : blankToNull(request.sequence());
        if (sequence != null && processor == null) {
            throw ApiException.invalid("processor", "Name the processor of the sequence to retry.");
        }
        RetryDeadLetters.Result result = commands.sendAndWait(new RetryDeadLetters(null, processor, sequence));
        return Envelope.of(new RetriedDeadLetters(result.attempted(), result.applied(), result.remaining()));
    }

    @DeleteMapping("/{processor}/{sequence}")
    @AnyCaller
    @Operation(
            operationId = "evictDeadLetters",
            summary = "Drops a parked sequence: the projection never applies those events (a rebuild tries them"
                    + " again); they stay in the event log")
    @Answers(errors = 404)
    Envelope<EvictedDeadLetters> evict(
            @AuthenticationPrincipal Caller caller, @PathVariable String processor, @PathVariable String sequence) {
        caller.requireOperator();
        EvictDeadLetters.Result result = commands.sendAndWait(new EvictDeadLetters(null, processor, sequence));
        return Envelope.of(new EvictedDeadLetters(result.evicted()));
    }

    @Schema(name = "RetryDeadLettersRequest")
    record RetryRequest(
            @Nullable String processor, @Nullable String sequence) {}

    /** Sequences tried, of those the ones now applied, and the letters still parked afterwards. */
    @Schema(name = "RetriedDeadLetters")
    record RetriedDeadLetters(int attempted, int applied, long remaining) {}

    @Schema(name = "EvictedDeadLetters")
    record EvictedDeadLetters(long evicted) {}

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
