package io.scoreledger.api.projection;

import io.scoreledger.projection.queries.FindDeadLetters;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Schema(name = "DeadLetter")
record DeadLetterResponse(
        String id,
        String processor,
        @Nullable String sequence,
        long indexInSequence,
        String eventId,
        String eventType,
        @Nullable String aggregateId,
        @Nullable Long aggregateSequence,
        @Nullable Long position,
        Instant occurredAt,
        Instant enqueuedAt,
        @Nullable Instant lastTouchedAt,
        @Nullable String causeType,
        @Nullable String causeMessage) {

    static DeadLetterResponse of(FindDeadLetters.Letter letter) {
        return new DeadLetterResponse(
                letter.id(),
                letter.processor(),
                letter.sequence(),
                letter.indexInSequence(),
                letter.eventId(),
                letter.eventType(),
                letter.aggregateId(),
                letter.aggregateSequence(),
                letter.position(),
                letter.occurredAt(),
                letter.enqueuedAt(),
                letter.lastTouchedAt(),
                letter.causeType(),
                letter.causeMessage());
    }
}
