package io.scoreledger.infra.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/** The head of the event log, and each streaming processor's lag, position and replaying flag, as gauges. */
final class ProjectionGauges {

    private enum Gauged {
        LAG,
        POSITION,
        REPLAYING
    }

    private final EventProcessingConfiguration processing;
    private final EventLogPositions positions;
    private final ProcessorStatuses statuses;

    ProjectionGauges(EventProcessingConfiguration processing, EventLogPositions positions, ProcessorStatuses statuses) {
        this.processing = processing;
        this.positions = positions;
        this.statuses = statuses;
    }

    void register(MeterRegistry meters, List<String> streamingProcessors) {
        Gauge.builder("scoreledger.events.head", positions, EventLogPositions::head)
                .description("Global index of the last event in the event log")
                .register(meters);
        for (var name : streamingProcessors) {
            Gauge.builder("scoreledger.projection.lag", this, gauges -> gauges.gauge(name, Gauged.LAG))
                    .description("Events the processor is behind the head of the event log")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("scoreledger.projection.position", this, gauges -> gauges.gauge(name, Gauged.POSITION))
                    .description("Global index of the last event the processor has handled")
                    .tag("processor", name)
                    .register(meters);
            Gauge.builder("scoreledger.projection.replaying", this, gauges -> gauges.gauge(name, Gauged.REPLAYING))
                    .description("1 while the processor replays after a reset, else 0")
                    .tag("processor", name)
                    .register(meters);
        }
    }

    private double gauge(String name, Gauged what) {
        var processor = processing.eventProcessor(name).orElse(null);
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return Double.NaN;
        }
        var status = statuses.status(name, streaming, positions.head(), positions.tokens());
        return switch (what) {
            case LAG -> status.lag() == null ? Double.NaN : status.lag();
            case POSITION -> status.position() == null ? Double.NaN : status.position();
            case REPLAYING -> status.replaying() ? 1 : 0;
        };
    }
}
