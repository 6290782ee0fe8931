package io.scoreledger.infra.webhook;

import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.command.webhook.WebhookCommandModule;
import io.scoreledger.query.webhook.WebhookProjector;
import io.scoreledger.query.webhook.WebhookQueryHandler;
import io.scoreledger.query.webhook.WebhookRepository;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    WebhookTargetGuard webhookTargetGuard(WebhookProperties settings) {
        return new WebhookTargetGuard(settings.allowPrivateTargets());
    }

    @Bean
    ConfigurerModule webhookCommandModule(WebhookTargetGuard guard) {
        return new WebhookCommandModule(guard::refusal);
    }

    @Bean
    WebhookRepository webhookRepository(DSLContext dsl) {
        return new WebhookRepository(dsl);
    }

    @Bean
    WebhookProjector webhookProjector(WebhookRepository repository) {
        return new WebhookProjector(repository);
    }

    @Bean
    WebhookQueryHandler webhookQueryHandler(WebhookRepository repository) {
        return new WebhookQueryHandler(repository);
    }

    @Bean
    WebhookOutbox webhookOutbox(JdbcTemplate jdbc) {
        return new WebhookOutbox(jdbc);
    }

    @Bean
    WebhookEnqueuer webhookEnqueuer(WebhookOutbox outbox, Clock clock) {
        return new WebhookEnqueuer(outbox, clock);
    }

    @Bean
    WebhookSender webhookSender(WebhookTargetGuard guard, WebhookProperties settings) {
        return new WebhookSender(guard, settings.connectTimeout(), settings.requestTimeout());
    }

    @Bean
    WebhookDeliveryLog webhookDeliveryLog(
            WebhookOutbox outbox, WebhookSender sender, SecretSealer sealer, Clock clock) {
        return new WebhookDeliveryLog(outbox, sender, sealer, clock);
    }

    /** Off (scoreledger.webhooks.dispatch-enabled=false) in command-line tasks, which must send nothing. */
    @Bean
    @ConditionalOnBooleanProperty(name = "scoreledger.webhooks.dispatch-enabled", matchIfMissing = true)
    WebhookDispatcher webhookDispatcher(
            WebhookOutbox outbox,
            WebhookSender sender,
            SecretSealer sealer,
            CommandGateway commands,
            Clock clock,
            WebhookProperties settings) {
        return new WebhookDispatcher(
                outbox,
                sender,
                sealer,
                RetrySchedule.scaled(settings.retryScale(), RandomGenerator.getDefault()),
                commands,
                clock,
                settings);
    }
}
