package io.scoreledger.identity.queries;

import java.util.Optional;

/** The user a JWT belongs to: by subject once linked, else by email (case-insensitive) if not yet linked. */
public record FindUserByIdentity(String subject, String email) {

    /** user is null when nobody matches. */
    public record Result(UserView user) {

        public Optional<UserView> found() {
            return Optional.ofNullable(user);
        }
    }
}
