package io.scoreledger.query.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

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

    public static void reset(Object projector) {
        new AnnotationEventHandlerAdapter(projector).prepareReset();
    }
}
