package io.scoreledger.api.employee;

import io.scoreledger.api.input.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DisputeSignalRequest(
        String tenantId,

        @NotBlank(message = "The reason field is required.")
        @Size(max = 500, message = "The reason field must not be longer than 500 characters.")
        @MultiLineText
        String reason) {}
