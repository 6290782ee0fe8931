package io.scoreledger.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.values.FieldLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

record CreateUserRequest(
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

        @NotBlank(message = "The role field is required.")
        @Pattern(
                regexp = "msp_admin|company_user|auditor",
                message = "The role field must be one of msp_admin, company_user, auditor.")
        String role,

        @JsonProperty("company_id") String companyId,

        @JsonProperty("client_ids")
        @Size(max = 1000, message = "The client_ids field must not list more than 1000 clients.")
        List<@NotBlank(message = "The client_ids field must not contain blanks.") String> clientIds) {}
