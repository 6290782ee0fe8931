package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.values.ClientProfile;
import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

record CreateClientRequest(
        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The name field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String name,

        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The city field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String city,

        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The state field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String state,

        @Pattern(
                regexp = "[A-Z]{2}",
                message = "The country field must be an ISO 3166-1 alpha-2 country code such as US.")
        String country,

        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The industry field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String industry,

        @JsonProperty("employee_count")
        @PositiveOrZero(message = "The employee_count field must be zero or more.")
        @Max(value = 10_000_000, message = "The employee_count field must not be more than 10000000.")
        Integer employeeCount,

        @JsonProperty("email_delivery_settings")
        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The email_delivery_settings field must not be longer than " + FieldLimits.SHORT_TEXT_MAX
                        + " characters.")
        String emailDeliverySettings) {

    ClientProfile toProfile() {
        return new ClientProfile(name, city, state, country, industry, employeeCount, emailDeliverySettings);
    }
}
