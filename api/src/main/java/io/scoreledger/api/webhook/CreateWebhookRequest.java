package io.scoreledger.api.webhook;

import io.scoreledger.api.input.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

record CreateWebhookRequest(
        @NotBlank(message = "The url field is required.")
        @Size(max = 2048, message = "The url field must not be longer than 2048 characters.")
        String url,

        @NotEmpty(message = "The events field must name at least one event.")
        List<String> events,

        @Size(max = 1000, message = "The description field must not be longer than 1000 characters.") @MultiLineText
        String description) {}
