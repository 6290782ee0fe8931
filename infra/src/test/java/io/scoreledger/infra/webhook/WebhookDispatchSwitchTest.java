package io.scoreledger.infra.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.scoreledger.api.security.SecretSealer;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** Command-line tasks set scoreledger.webhooks.dispatch-enabled=false: the outbox is then never sent. */
class WebhookDispatchSwitchTest {

    private final ApplicationContextRunner webhooks = new ApplicationContextRunner()
            .withUserConfiguration(WebhookConfiguration.class)
            .withBean(SecretSealer.class, () -> mock(SecretSealer.class))
            .withBean(CommandGateway.class, () -> mock(CommandGateway.class))
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(JdbcTemplate.class, () -> mock(JdbcTemplate.class))
            .withBean(DSLContext.class, () -> mock(DSLContext.class))
            .withPropertyValues("scoreledger.webhooks.poll-interval=1h");

    @Test
    void givenDispatchDisabled_whenTheWebhookWiringLoads_thenDeliveriesAreEnqueuedButNoDispatcherRuns() {
        webhooks.withPropertyValues("scoreledger.webhooks.dispatch-enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(WebhookDispatcher.class);
                    assertThat(context).hasSingleBean(WebhookEnqueuer.class);
                });
    }

    @Test
    void givenNoSetting_whenTheWebhookWiringLoads_thenTheDispatcherRuns() {
        webhooks.run(context -> assertThat(context).hasSingleBean(WebhookDispatcher.class));
    }
}
