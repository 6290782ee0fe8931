package io.scoreledger.query.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

/** Events as a tracking processor would deliver them to a projector: domain messages with aggregate sequences. */
public final class EventFeed {

    private final List<DomainEventMessage<?>> log = new ArrayList<>();
    private final Map<String, Long> nextSequence = new HashMap<>();

    public EventFeed append(String aggregateType, String aggregateId, Object payload) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        log.add(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload));
        return this;
    }

    public List<DomainEventMessage<?>> events() {
        return List.copyOf(log);
    }

    public static void deliver(Object projector, List<DomainEventMessage<?>> events) {
        var adapter = new AnnotationEventHandlerAdapter(projector);
        for (var event : events) {
            try {
                adapter.handle(event);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** As a tracking processor delivers them: batches, each handled in one unit of work that commits at its end. */
    public static void deliverInBatches(Object projector, List<DomainEventMessage<?>> events, int batchSize) {
        var adapter = new AnnotationEventHandlerAdapter(projector);
        for (int from = 0; from < events.size(); from += batchSize) {
            var unitOfWork = new BatchingUnitOfWork<>(events.subList(from, Math.min(from + batchSize, events.size())));
            var result = unitOfWork.executeWithResult(() -> adapter.handle(unitOfWork.getMessage()));
            if (result.isExceptional()) {
                throw new IllegalStateException(result.exceptionResult());
            }
        }
    }

    public static void reset(Object projector) {
        new AnnotationEventHandlerAdapter(projector).prepareReset();
    }
}
