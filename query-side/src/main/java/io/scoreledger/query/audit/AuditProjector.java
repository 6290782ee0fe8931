package io.scoreledger.query.audit;

import io.scoreledger.query.PendingWrites;
import io.scoreledger.query.WritesAtCommit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event of every tenant, linked into that tenant's hash chain in global position order, whatever order this
 * processor sees them in (a late-committed event is linked into its place). One segment only: the chain is a
 * sequence, so two threads must never extend it at once.
 */
@WritesAtCommit
@ProcessingGroup(AuditProjector.PROCESSING_GROUP)
public class AuditProjector {

    public static final String PROCESSING_GROUP = "audit-chain";

    private static final Logger log = LoggerFactory.getLogger(AuditProjector.class);

    /** Where the event store keeps an event: its global index by event id, empty when it is not stored there. */
    @FunctionalInterface
    public interface StoredPositions {
        Optional<Long> of(String eventId);

        /** The global indexes of those of these events that are stored, by event id. */
        default Map<String, Long> of(Collection<String> eventIds) {
            var positions = new HashMap<String, Long>();
            for (var eventId : eventIds) {
                of(eventId).ifPresent(position -> positions.put(eventId, position));
            }
            return positions;
        }
    }

    /** One batch of events: where each is stored, and the chain writes waiting for the batch to commit. */
    private record Batch(Map<String, Long> positions, AuditBatchRepository writes) implements PendingWrites.Buffer {

        @Override
        public void flush() {
            writes.flush();
        }
    }

    private final StoredPositions storedPositions;
    private final PendingWrites<Batch> pending;
    private final AuditRepository repository;

    public AuditProjector(AuditRepository repository, StoredPositions storedPositions) {
        this.repository = repository;
        this.storedPositions = storedPositions;
        this.pending = new PendingWrites<>(
                "audit-chain-batch",
                messages -> new Batch(
                        storedPositions.of(
                                messages.stream().map(Message::getIdentifier).toList()),
                        repository.batch()));
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        pending.collect(() -> link(payload, message, token, pending.current()));
    }

    private void link(Object payload, EventMessage<?> message, TrackingToken token, Batch batch) {
        // A gap-aware token's position is the highest index seen, not this event's when it fills a gap (its
        // transaction committed after a later one's), so the event's own index is read from the store.
        Long stored = batch.positions().get(message.getIdentifier());
        long position = stored != null
                ? stored
                : storedPositions
                        .of(message.getIdentifier())
                        .orElseGet(() -> token.position()
                                .orElseThrow(
                                        () -> new IllegalStateException("The audit chain needs a global position")));
        var entry = AuditCanonicalForm.entryOf(message, position);
        if (entry.isEmpty()) {
            log.warn(
                    "Event {} at position {} ({}) names no tenant; it is not in any audit chain",
                    message.getIdentifier(),
                    position,
                    AuditCanonicalForm.typeOf(payload));
            return;
        }
        batch.writes().link(entry.get());
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
