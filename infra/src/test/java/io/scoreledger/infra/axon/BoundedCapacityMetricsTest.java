package io.scoreledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.junit.jupiter.api.Test;

class BoundedCapacityMetricsTest {

    @Test
    void givenAProcessorHandlingAnEvent_thenTheSameMetersAsAxonsOwnRegistryPublishes() {
        var ours = new SimpleMeterRegistry();
        var axons = new SimpleMeterRegistry();

        handleOneEvent(new BoundedCapacityMetrics(ours));
        handleOneEvent(new GlobalMetricRegistry(axons));

        assertThat(meters(ours)).isEqualTo(meters(axons)).contains("score-projection.capacity");
        assertThat(ours.find("score-projection.capacity").gauge().value()).isNotNegative();
    }

    private static void handleOneEvent(GlobalMetricRegistry metrics) {
        metrics.registerEventProcessor("score-projection", message -> Tags.empty(), message -> Tags.empty())
                .onMessageIngested(GenericEventMessage.asEventMessage("an event"))
                .reportSuccess();
    }

    private static Set<String> meters(MeterRegistry registry) {
        return registry.getMeters().stream()
                .map(Meter::getId)
                .map(Meter.Id::getName)
                .collect(Collectors.toSet());
    }
}
