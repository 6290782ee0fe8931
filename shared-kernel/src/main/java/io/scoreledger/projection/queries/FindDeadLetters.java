package io.scoreledger.projection.queries;

import java.time.Instant;
import java.util.List;

/**
 * The events the projections could not apply, parked per processor and sequence (a tenant or an aggregate) with
 * every later event of that sequence. processor null: every processor.
 */
public record FindDeadLetters(String processor) {

    public record Result(List<Letter> letters) {}

    /**
     * One parked event. position is its global index in the event log when it is known; the cause is the exception
     * the projection threw, its message cut to the queue's 1,023 characters.
     */
    public record Letter(
            String id,
            String processor,
            String sequence,
            long indexInSequence,
            String eventId,
            String eventType,
            String aggregateId,
            Long aggregateSequence,
            Long position,
            Instant occurredAt,
            Instant enqueuedAt,
            Instant lastTouchedAt,
            String causeType,
            String causeMessage) {}
}
