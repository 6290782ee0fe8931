package io.scoreledger.api.policy;

import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CreatePolicyCategoryRequest(
        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The name field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String name) {}
