package io.scoreledger.api.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CreatePolicyCategoryRequest(
        @NotBlank(message = "The name field is required.")
                @Size(max = 100, message = "The name field must not be longer than 100 characters.")
                String name) {}
