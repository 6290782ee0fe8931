package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record StartAssessmentRequest(
        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The name field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String name,

        @JsonProperty("template_id") @NotBlank(message = "The template_id field is required.")
        String templateId) {}
