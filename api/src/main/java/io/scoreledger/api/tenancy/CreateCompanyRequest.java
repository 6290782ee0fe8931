package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record CreateCompanyRequest(
        @NotBlank(message = "The name field is required.")
                @Size(max = 255, message = "The name field must not be longer than 255 characters.")
                String name,
        @NotBlank(message = "The email field is required.")
                @Email(message = "The email field must be a valid email address.")
                @Size(max = 254, message = "The email field must not be longer than 254 characters.")
                String email,
        @JsonProperty("subscription_package")
                @NotBlank(message = "The subscription_package field is required.")
                @Pattern(
                        regexp = "professional|plus|enterprise",
                        message = "The subscription_package field must be one of professional, plus, enterprise.")
                String subscriptionPackage) {}
