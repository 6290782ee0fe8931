package io.scoreledger.api.policy;

import io.scoreledger.api.input.MultiLineText;
import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Every field optional; an absent one keeps its text. At least one must be sent. */
record UpdatePolicyRequest(
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The title field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        @Pattern(regexp = "(?s).*\\S.*", message = "The title field must not be blank.")
        String title,

        @Size(max = 10_000, message = "The description field must not be longer than 10000 characters.") @MultiLineText
        String description,

        @Size(max = 200_000, message = "The content field must not be longer than 200000 characters.") @MultiLineText
        String content) {}
