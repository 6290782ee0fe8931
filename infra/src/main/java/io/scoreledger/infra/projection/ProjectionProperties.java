package io.scoreledger.infra.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param progressLogInterval How often a replaying or rebuilding processor logs its progress. */
@ConfigurationProperties("scoreledger.projections")
record ProjectionProperties(@DefaultValue("PT5S") Duration progressLogInterval) {}
