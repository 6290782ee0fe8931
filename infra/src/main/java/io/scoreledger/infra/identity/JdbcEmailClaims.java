package io.scoreledger.infra.identity;

import io.scoreledger.command.identity.EmailClaims;
import io.scoreledger.ids.UserId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs inside the command's transaction (Axon's unit of work on Spring's transaction manager). */
class JdbcEmailClaims implements EmailClaims {

    private final JdbcTemplate jdbc;

    JdbcEmailClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String normalizedEmail, UserId userId) {
        int inserted = jdbc.update(
                "insert into identity_email_claim (email, user_id) values (?, ?) on conflict (email) do nothing",
                normalizedEmail,
                userId.value());
        if (inserted == 1) {
            return true;
        }
        String holder = jdbc.queryForObject(
                "select user_id from identity_email_claim where email = ?", String.class, normalizedEmail);
        return userId.value().equals(holder);
    }
}
