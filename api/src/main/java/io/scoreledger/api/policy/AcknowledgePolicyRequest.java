package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

record AcknowledgePolicyRequest(
        @JsonProperty("employee_id") @NotBlank(message = "The employee_id field is required.")
        String employeeId) {}
