package io.scoreledger.api.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record UpdateClientRequest(
        @NotBlank(message = "The status field is required.")
        @Pattern(regexp = "ACTIVE|INACTIVE", message = "The status field must be ACTIVE or INACTIVE.")
        String status) {}
