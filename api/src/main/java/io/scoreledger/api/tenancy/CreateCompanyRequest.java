package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.values.FieldLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record CreateCompanyRequest(
        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The name field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String name,

        @NotBlank(message = "The email field is required.")
        @Schema(format = "email")
        @Pattern(regexp = FieldLimits.EMAIL_PATTERN, message = "The email field must be a valid email address.")
        @Size(
                max = FieldLimits.EMAIL_MAX,
                message = "The email field must not be longer than " + FieldLimits.EMAIL_MAX + " characters.")
        String email,

        @JsonProperty("subscription_package")
        @NotBlank(message = "The subscription_package field is required.")
        @Pattern(
                regexp = "professional|plus|enterprise",
                message = "The subscription_package field must be one of professional, plus, enterprise.")
        String subscriptionPackage) {}
