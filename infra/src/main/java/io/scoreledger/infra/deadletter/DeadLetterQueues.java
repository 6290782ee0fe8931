package io.scoreledger.infra.deadletter;

import io.scoreledger.projection.commands.EvictDeadLetters;
import io.scoreledger.projection.commands.RetryDeadLetters;
import io.scoreledger.projection.queries.FindDeadLetters;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.queryhandling.QueryHandler;

/**
 * The operator's view of every processor's dead-letter queue: what is parked, why, and the two ways out (retry,
 * once the cause is fixed, or evict). Counts are what the health indicator, the gauges and the projection status
 * show, so a processor holding dead letters is never reported as caught up.
 */
public class DeadLetterQueues {

    private static final int MAX_LISTED = 1_000;

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetterQueues(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    /** Parked letters per processor that has a dead-letter queue, by name; processors without one are left out. */
    public Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        for (var name : processing.eventProcessors().keySet()) {
            processing.deadLetterQueue(name).ifPresent(queue -> counts.put(name, queue.size()));
        }
        return counts;
    }

    public long count(String processor) {
        return processing
                .deadLetterQueue(processor)
                .map(SequencedDeadLetterQueue::size)
                .orElse(0L);
    }

    @QueryHandler
    FindDeadLetters.Result handle(FindDeadLetters query) {
        var letters = new ArrayList<FindDeadLetters.Letter>();
        for (var name : names(query.processor())) {
            var queue = queue(name);
            for (var sequence : queue.deadLetters()) {
                for (var letter : sequence) {
                    if (letters.size() >= MAX_LISTED) {
                        return new FindDeadLetters.Result(letters);
                    }
                    letters.add(view(name, letter));
                }
            }
        }
        return new FindDeadLetters.Result(letters);
    }

    @CommandHandler
    RetryDeadLetters.Result handle(RetryDeadLetters command) {
        int attempted = 0;
        int applied = 0;
        long remaining = 0;
        for (var name : names(command.processor())) {
            var retrier = processing.sequencedDeadLetterProcessor(name).orElseThrow();
            var queue = queue(name);
            if (command.sequence() != null) {
                requireSequence(queue, name, command.sequence());
                attempted++;
                if (retrier.process(letter -> command.sequence().equals(sequenceOf(letter)))) {
                    applied++;
                }
            } else {
                // processAny takes the sequence touched longest ago, so each parked sequence is tried once.
                for (long sequences = queue.amountOfSequences(); sequences > 0; sequences--) {
                    attempted++;
                    if (retrier.processAny()) {
                        applied++;
                    }
                }
            }
            remaining += queue.size();
        }
        return new RetryDeadLetters.Result(attempted, applied, remaining);
    }

    @CommandHandler
    EvictDeadLetters.Result handle(EvictDeadLetters command) {
        if (command.processor() == null || command.sequence() == null) {
            throw new InvalidCommandException("sequence", "Name the processor and the sequence to evict.");
        }
        var queue = queue(command.processor());
        requireSequence(queue, command.processor(), command.sequence());
        return transactions.fetchInTransaction(() -> {
            long evicted = 0;
            for (var letter : queue.deadLetterSequence(command.sequence())) {
                queue.evict(letter);
                evicted++;
            }
            return new EvictDeadLetters.Result(evicted);
        });
    }

    private List<String> names(String processor) {
        if (processor == null) {
            return List.copyOf(counts().keySet());
        }
        queue(processor);
        return List.of(processor);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        if (processing.eventProcessor(processor).isEmpty()) {
            throw new UnknownResourceException("No processor is named " + processor + ".");
        }
        return processing
                .deadLetterQueue(processor)
                .orElseThrow(() -> new InvalidCommandException(
                        "processor", "The processor " + processor + " has no dead-letter queue."));
    }

    private static void requireSequence(
            SequencedDeadLetterQueue<EventMessage<?>> queue, String processor, String sequence) {
        if (!queue.contains(sequence)) {
            throw new UnknownResourceException("No dead letters of sequence " + sequence + " in " + processor + ".");
        }
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> stored ? stored.getSequenceIdentifier() : null;
    }

    private static FindDeadLetters.Letter view(String processor, DeadLetter<? extends EventMessage<?>> letter) {
        var message = letter.message();
        var stored = letter instanceof JdbcDeadLetter<?> jdbc ? jdbc : null;
        String aggregateId = null;
        Long aggregateSequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateSequence = domain.getSequenceNumber();
        }
        Long position = message instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream()
                        .boxed()
                        .findFirst()
                        .orElse(null)
                : null;
        var cause = letter.cause();
        return new FindDeadLetters.Letter(
                stored == null ? message.getIdentifier() : stored.getIdentifier(),
                processor,
                stored == null ? null : stored.getSequenceIdentifier(),
                stored == null ? 0 : stored.getSequenceIndex(),
                message.getIdentifier(),
                message.getPayloadType().getName(),
                aggregateId,
                aggregateSequence,
                position,
                message.getTimestamp(),
                letter.enqueuedAt(),
                letter.lastTouched(),
                cause.map(c -> c.type()).orElse(null),
                cause.map(c -> c.message()).orElse(null));
    }
}
