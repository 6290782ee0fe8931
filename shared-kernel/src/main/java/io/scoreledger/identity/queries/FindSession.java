package io.scoreledger.identity.queries;

import java.util.Optional;

/** tokenSha256: hex SHA-256 of the presented session cookie. */
public record FindSession(String tokenSha256) {

    public record Result(SessionView session) {

        public Optional<SessionView> found() {
            return Optional.ofNullable(session);
        }
    }
}
