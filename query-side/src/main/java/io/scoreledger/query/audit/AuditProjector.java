package io.scoreledger.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every event of every tenant, linked into that tenant's hash chain in the order this processor sees them. One
 * segment only: the chain is a sequence, so two threads must never extend it at once.
 */
@ProcessingGroup(AuditProjector.PROCESSING_GROUP)
public class AuditProjector {

    public static final String PROCESSING_GROUP = "audit-chain";

    private static final Logger log = LoggerFactory.getLogger(AuditProjector.class);

    private final AuditRepository repository;

    public AuditProjector(AuditRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position()
                .orElseThrow(() -> new IllegalStateException("The audit chain needs a token with a global position"));
        var entry = AuditCanonicalForm.entryOf(message, position);
        if (entry.isEmpty()) {
            log.warn(
                    "Event {} at position {} ({}) names no tenant; it is not in any audit chain",
                    message.getIdentifier(),
                    position,
                    AuditCanonicalForm.typeOf(payload));
            return;
        }
        var head = repository.lockHead(entry.get().tenantId());
        repository.append(
                entry.get(), head.eventCount() + 1, AuditCanonicalForm.link(head.chainHash(), entry.get()));
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
