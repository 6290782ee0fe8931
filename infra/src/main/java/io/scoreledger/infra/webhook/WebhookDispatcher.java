package io.scoreledger.infra.webhook;

import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.webhook.commands.DisableWebhook;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Polls the outbox and delivers what is due, at least once: a delivery is marked only after its attempt, so a
 * crash in between sends it again after the claim's lease. A webhook whose deliveries keep giving up is disabled.
 */
class WebhookDispatcher implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final WebhookOutbox outbox;
    private final WebhookSender sender;
    private final SecretSealer sealer;
    private final RetrySchedule retries;
    private final CommandGateway commands;
    private final Clock clock;
    private final WebhookProperties settings;
    private @Nullable ScheduledExecutorService poller;

    WebhookDispatcher(
            WebhookOutbox outbox,
            WebhookSender sender,
            SecretSealer sealer,
            RetrySchedule retries,
            CommandGateway commands,
            Clock clock,
            WebhookProperties settings) {
        this.outbox = outbox;
        this.sender = sender;
        this.sealer = sealer;
        this.retries = retries;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() {
        poller = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("webhook-dispatcher").factory());
        var interval = settings.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery poll failed", e);
        }
    }

    void poll() {
        for (var due : outbox.claimDue(clock.instant(), LEASE, BATCH)) {
            deliver(due);
        }
    }

    private void deliver(WebhookOutbox.Due due) {
        var target = outbox.target(due.webhookId()).orElseThrow();
        var startedAt = clock.instant();
        long started = System.nanoTime();
        var outcome = sender.send(target.url(), sealer.open(target.sealedSecret()), due.id(), startedAt, due.payload());
        var attempt = new WebhookOutbox.Attempt(
                startedAt, Duration.ofNanos(System.nanoTime() - started), outcome.statusCode(), outcome.error());
        var now = clock.instant();
        if (outcome.delivered()) {
            outbox.delivered(due, attempt, now);
            return;
        }
        var delay = retries.delayAfter(due.attempts() + 1);
        if (delay.isPresent()) {
            outbox.retryLater(due, attempt, now, now.plus(delay.get()));
            return;
        }
        var failedInARow = outbox.failed(due, attempt, now);
        if (failedInARow >= settings.disableAfterFailedDeliveries()) {
            commands.sendAndWait(new DisableWebhook(
                    target.tenantId(),
                    target.id(),
                    "Every attempt of the last " + failedInARow + " deliveries failed.",
                    now));
        }
    }
}
