package io.scoreledger.infra.axon;

import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Import;

/** Like {@link AxonJdbcAutoConfiguration}: Axon's Micrometer metrics, ordered after Boot 4's meter registries. */
@AutoConfiguration(
        after = {
            CompositeMeterRegistryAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class,
            PrometheusMetricsExportAutoConfiguration.class
        },
        before = AxonAutoConfiguration.class)
@Import(MicrometerMetricsAutoConfiguration.class)
public class AxonMicrometerAutoConfiguration {}
