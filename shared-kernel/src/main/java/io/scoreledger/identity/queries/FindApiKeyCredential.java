package io.scoreledger.identity.queries;

import java.util.Optional;

public record FindApiKeyCredential(String lookup) {

    public record Result(ApiKeyCredential credential) {

        public Optional<ApiKeyCredential> found() {
            return Optional.ofNullable(credential);
        }
    }
}
