package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.input.MultiLineText;
import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CreatePolicyRequest(
        @NotBlank(message = "The title field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The title field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String title,

        @Size(max = 10_000, message = "The description field must not be longer than 10000 characters.") @MultiLineText
        String description,

        @Size(max = 200_000, message = "The content field must not be longer than 200000 characters.") @MultiLineText
        String content,

        @JsonProperty("category_id") String categoryId,
        @JsonProperty("owner_id") String ownerId,

        @JsonProperty("policy_type")
        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message =
                        "The policy_type field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String policyType,

        @Size(max = 10_000, message = "The notes field must not be longer than 10000 characters.") @MultiLineText
        String notes) {}
