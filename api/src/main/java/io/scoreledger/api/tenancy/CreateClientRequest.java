package io.scoreledger.api.tenancy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.values.ClientProfile;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

record CreateClientRequest(
        @NotBlank(message = "The name field is required.")
                @Size(max = 255, message = "The name field must not be longer than 255 characters.")
                String name,
        @Size(max = 100, message = "The city field must not be longer than 100 characters.") String city,
        @Size(max = 100, message = "The state field must not be longer than 100 characters.") String state,
        @Pattern(regexp = "[A-Z]{2}", message = "The country field must be an ISO 3166-1 alpha-2 country code such as US.")
                String country,
        @Size(max = 100, message = "The industry field must not be longer than 100 characters.") String industry,
        @JsonProperty("employee_count")
                @PositiveOrZero(message = "The employee_count field must be zero or more.")
                @Max(value = 10_000_000, message = "The employee_count field must not be more than 10000000.")
                Integer employeeCount,
        @JsonProperty("email_delivery_settings")
                @Size(max = 100, message = "The email_delivery_settings field must not be longer than 100 characters.")
                String emailDeliverySettings) {

    ClientProfile toProfile() {
        return new ClientProfile(name, city, state, country, industry, employeeCount, emailDeliverySettings);
    }
}
