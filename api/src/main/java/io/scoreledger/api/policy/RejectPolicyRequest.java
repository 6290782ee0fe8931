package io.scoreledger.api.policy;

import io.scoreledger.api.input.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RejectPolicyRequest(
        @NotBlank(message = "The reason field is required.")
        @Size(max = 1000, message = "The reason field must not be longer than 1000 characters.")
        @MultiLineText
        String reason) {}
