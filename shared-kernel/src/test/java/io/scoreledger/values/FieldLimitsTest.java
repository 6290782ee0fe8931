package io.scoreledger.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldLimitsTest {

    @Test
    void givenOrdinaryAddresses_whenCheckedAsEmail_thenAccepted() {
        assertThat(FieldLimits.isEmail("ann@acme.example")).isTrue();
        assertThat(FieldLimits.isEmail("first.last+tag@mail.acme.co")).isTrue();
        assertThat(FieldLimits.isEmail("x".repeat(64) + "@acme.example")).isTrue();
    }

    @Test
    void givenAddressesEitherOfTheOldTwoRulesRefused_whenCheckedAsEmail_thenRejected() {
        assertThat(FieldLimits.isEmail("ann@acme.c"))
                .as("one-letter top-level part")
                .isFalse();
        assertThat(FieldLimits.isEmail("x".repeat(65) + "@acme.example"))
                .as("local part over 64")
                .isFalse();
        assertThat(FieldLimits.isEmail("ann@localhost"))
                .as("no dot in the domain")
                .isFalse();
        assertThat(FieldLimits.isEmail("ann smith@acme.example")).isFalse();
        assertThat(FieldLimits.isEmail("ann@@acme.example")).isFalse();
        assertThat(FieldLimits.isEmail("not-an-email")).isFalse();
    }
}
