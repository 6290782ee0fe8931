package io.scoreledger.infra.report;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param catchUpTimeout How long a report waits for the projections it reads to reach the log position it is drawn
 *                       at; after that it is answered 503 SERVICE_UNAVAILABLE.
 */
@ConfigurationProperties("scoreledger.reports")
record ReportProperties(@DefaultValue("PT10S") Duration catchUpTimeout) {}
