package io.scoreledger.query.audit;

import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event of every tenant, linked into that tenant's hash chain in global position order, whatever order this
 * processor sees them in (a late-committed event is linked into its place). One segment only: the chain is a
 * sequence, so two threads must never extend it at once.
 */
@ProcessingGroup(AuditProjector.PROCESSING_GROUP)
public class AuditProjector {

    public static final String PROCESSING_GROUP = "audit-chain";

    private static final Logger log = LoggerFactory.getLogger(AuditProjector.class);

    /** Where the event store keeps an event: its global index by event id, empty when it is not stored there. */
    @FunctionalInterface
    public interface StoredPositions {
        Optional<Long> of(String eventId);
    }

    private final AuditRepository repository;
    private final StoredPositions storedPositions;

    public AuditProjector(AuditRepository repository, StoredPositions storedPositions) {
        this.repository = repository;
        this.storedPositions = storedPositions;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        // A gap-aware token's position is the highest index seen, not this event's when it fills a gap (its
        // transaction committed after a later one's), so the event's own index is read from the store.
        long position = storedPositions.of(message.getIdentifier())
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
        repository.link(entry.get(), repository.lockHead(entry.get().tenantId()));
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
