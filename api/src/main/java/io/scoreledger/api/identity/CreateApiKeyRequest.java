package io.scoreledger.api.identity;

import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

record CreateApiKeyRequest(
        String tenantId,

        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The name field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String name,

        @NotEmpty(message = "The scopes field must name at least one scope.")
        List<String> scopes,

        @Min(value = 1, message = "The expiresInDays field must be between 1 and 3650.")
        @Max(value = 3650, message = "The expiresInDays field must be between 1 and 3650.")
        Integer expiresInDays) {}
