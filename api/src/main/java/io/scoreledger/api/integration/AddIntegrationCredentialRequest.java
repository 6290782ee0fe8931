package io.scoreledger.api.integration;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.input.MultiLineText;
import io.scoreledger.values.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The seed's body. toString leaves the secrets out, so a logged request never shows them. */
record AddIntegrationCredentialRequest(
        @NotBlank(message = "The type field is required.") String type,

        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The name field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String name,

        @JsonProperty("api_key")
        @NotBlank(message = "The api_key field is required.")
        @Size(max = 2_000, message = "The api_key field must not be longer than 2000 characters.")
        String apiKey,

        @JsonProperty("api_secret")
        @Size(max = 2_000, message = "The api_secret field must not be longer than 2000 characters.")
        @MultiLineText
        String apiSecret,

        @JsonProperty("server_url")
        @Size(max = 2_048, message = "The server_url field must not be longer than 2048 characters.")
        String serverUrl,

        @JsonProperty("client_id")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The client_id field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String clientId) {

    @Override
    public String toString() {
        return "AddIntegrationCredentialRequest[type=" + type + ", name=" + name + "]";
    }
}
