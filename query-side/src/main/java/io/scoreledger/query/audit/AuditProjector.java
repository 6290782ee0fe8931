package io.scoreledger.query.audit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.scoreledger.query.WritesAtCommit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
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
    private record Batch(Map<String, Long> positions, AuditBatchRepository writes) {}

    private final AuditRepository repository;
    private final StoredPositions storedPositions;
    private final String batchKey = "audit-chain-batch@" + System.identityHashCode(this);

    public AuditProjector(AuditRepository repository, StoredPositions storedPositions) {
        this.repository = repository;
        this.storedPositions = storedPositions;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        // A gap-aware token's position is the highest index seen, not this event's when it fills a gap (its
        // transaction committed after a later one's), so the event's own index is read from the store.
        var batch = batch();
        Long stored = batch == null ? null : batch.positions().get(message.getIdentifier());
        long position = stored != null ? stored : storedPositions.of(message.getIdentifier())
                .orElseGet(() -> token.position()
                        .orElseThrow(() -> new IllegalStateException("The audit chain needs a global position")));
        var entry = AuditCanonicalForm.entryOf(message, position);
        if (entry.isEmpty()) {
            log.warn(
                    "Event {} at position {} ({}) names no tenant; it is not in any audit chain",
                    message.getIdentifier(),
                    position,
                    AuditCanonicalForm.typeOf(payload));
            return;
        }
        if (batch == null) {
            repository.link(entry.get(), repository.lockHead(entry.get().tenantId()));
        } else {
            batch.writes().link(entry.get());
        }
    }

    /** The batch being handled, or null outside a unit of work (then every event is written at once). */
    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        var unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(batchKey, key -> {
            var eventIds = unitOfWork instanceof BatchingUnitOfWork<?> batching
                    ? batching.getMessages().stream().map(Message::getIdentifier).toList()
                    : List.of(unitOfWork.getMessage().getIdentifier());
            var batch = new Batch(storedPositions.of(eventIds), repository.batch());
            unitOfWork.onPrepareCommit(committing -> batch.writes().flush());
            return batch;
        });
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
