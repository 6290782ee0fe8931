package io.scoreledger.command.webhook;

import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.WebhookId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import io.scoreledger.webhook.commands.CreateWebhook;
import io.scoreledger.webhook.commands.DeleteWebhook;
import io.scoreledger.webhook.commands.DisableWebhook;
import io.scoreledger.webhook.events.WebhookCreated;
import io.scoreledger.webhook.events.WebhookDeleted;
import io.scoreledger.webhook.events.WebhookDisabled;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final WebhookId HOOK = new WebhookId("whk_one");
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final String URL = "https://hooks.example.com/in";
    private static final String SEALED = "k1:sealed";

    private static final WebhookCreated CREATED =
            new WebhookCreated(ACME, HOOK, URL, List.of("policy.published", "assessment.failed"), "Alerts", SEALED, T0);

    private AggregateTestFixture<Webhook> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Webhook.class);
        fixture.registerAnnotatedCommandHandler(new WebhookCreation(
                fixture.getRepository(),
                tenant -> tenant.equals(ACME) || tenant.equals(GLOBEX),
                url -> url.contains("internal")
                        ? Optional.of("The url resolves to a private address.")
                        : Optional.empty()));
    }

    private static CreateWebhook create(String url, List<String> events, String description) {
        return new CreateWebhook(ACME, HOOK, url, events, description, SEALED, T0);
    }

    @Test
    void givenNothing_whenCreateWebhook_thenWebhookCreatedWithTheSealedSecret() {
        fixture.givenNoPriorActivity()
                .when(create(
                        " " + URL + " ",
                        List.of("policy.published", "assessment.failed", "policy.published"),
                        " Alerts "))
                .expectResultMessagePayload(HOOK)
                .expectEvents(CREATED);
    }

    @Test
    void givenNothing_whenCreateWebhookWithoutEvents_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of(), null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenCreateWebhookWithAnUnknownEvent_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(URL, List.of("policy.deleted"), null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenCreateWebhookWithoutUrl_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create(" ", List.of("policy.created"), null))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void givenNothing_whenCreateWebhookForARefusedTarget_thenRejected() {
        fixture.givenNoPriorActivity()
                .when(create("https://internal.example.com/in", List.of("policy.created"), null))
                .expectException(InvalidCommandException.class)
                .expectExceptionMessage("The url resolves to a private address.")
                .expectNoEvents();
    }

    @Test
    void givenAnUnknownCompany_whenCreateWebhook_thenNotFound() {
        fixture.givenNoPriorActivity()
                .when(new CreateWebhook(
                        new TenantId("cmp_nobody"), HOOK, URL, List.of("policy.created"), null, SEALED, T0))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAWebhook_whenDeleteWebhook_thenWebhookDeleted() {
        fixture.given(CREATED).when(new DeleteWebhook(ACME, HOOK, T0)).expectEvents(new WebhookDeleted(ACME, HOOK, T0));
    }

    @Test
    void givenADeletedWebhook_whenDeleteWebhook_thenNotFound() {
        fixture.given(CREATED, new WebhookDeleted(ACME, HOOK, T0))
                .when(new DeleteWebhook(ACME, HOOK, T0))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAnotherTenantsWebhook_whenDeleteWebhook_thenNotFound() {
        fixture.given(CREATED)
                .when(new DeleteWebhook(GLOBEX, HOOK, T0))
                .expectException(UnknownResourceException.class)
                .expectNoEvents();
    }

    @Test
    void givenAWebhook_whenDisableWebhook_thenWebhookDisabled() {
        fixture.given(CREATED)
                .when(new DisableWebhook(ACME, HOOK, " 5 deliveries in a row failed ", T0))
                .expectEvents(new WebhookDisabled(ACME, HOOK, "5 deliveries in a row failed", T0));
    }

    @Test
    void givenADisabledWebhook_whenDisableWebhookAgain_thenNoEvent() {
        fixture.given(CREATED, new WebhookDisabled(ACME, HOOK, "failing", T0))
                .when(new DisableWebhook(ACME, HOOK, "failing", T0))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void givenAWebhook_whenDisableWebhookWithoutReason_thenRejected() {
        fixture.given(CREATED)
                .when(new DisableWebhook(ACME, HOOK, "", T0))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }
}
