package io.scoreledger.api.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.employee.commands.IngestSignals;
import io.scoreledger.employee.model.Severity;
import io.scoreledger.employee.model.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class SignalBatchesTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    private static IngestSignalsRequest.Item item(
            String type, String severity, String occurredAt, String email, String id) {
        return new IngestSignalsRequest.Item(
                "ext-1", "knowbe4", type, severity, occurredAt, new IngestSignalsRequest.EmployeeRef(email, id), null);
    }

    private static IngestSignalsRequest batch(IngestSignalsRequest.Item... items) {
        return new IngestSignalsRequest(null, new ArrayList<>(java.util.Arrays.asList(items)));
    }

    @Test
    void givenWellFormedSignals_whenChecked_thenAllAcceptedWithTheirIndexAndFreshIds() {
        var checked = SignalBatches.check(
                batch(
                        item("phishing_click", "high", "2026-11-24T11:00:00Z", "a@acme.example", null),
                        item("mfa_enabled", "low", "2026-11-24T13:00:00+02:00", null, "emp_abc")),
                NOW);

        assertThat(checked.rejected()).isEmpty();
        var first = checked.accepted().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.type()).isEqualTo(SignalType.PHISHING_CLICK);
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(first.employeeEmail()).isEqualTo("a@acme.example");
        assertThat(first.newEmployeeId()).isNotNull();
        assertThat(first.employeeId()).isNull();
        assertThat(first.signalId().value()).startsWith("sig_");
        var second = checked.accepted().get(1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.employeeId().value()).isEqualTo("emp_abc");
        assertThat(second.newEmployeeId()).isNull();
        assertThat(second.occurredAt()).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
        assertThat(second.details()).isEmpty();
    }

    @Test
    void givenMalformedItems_whenChecked_thenEachRejectedAloneWithItsIndex() {
        var checked = SignalBatches.check(
                batch(
                        item("phishing_click", "high", "2026-11-24T11:00:00Z", "a@acme.example", null),
                        item("zero_day", "high", "2026-11-24T11:00:00Z", "a@acme.example", null),
                        item("phishing_click", "severe", "2026-11-24T11:00:00Z", "a@acme.example", null),
                        item("phishing_click", "high", "yesterday", "a@acme.example", null),
                        item("phishing_click", "high", "2026-11-24T12:06:00Z", "a@acme.example", null),
                        item("phishing_click", "high", "2026-11-24T12:04:00Z", "a@acme.example", null),
                        item("phishing_click", "high", "2026-11-24T11:00:00Z", null, null),
                        item("phishing_click", "high", "2026-11-24T11:00:00Z", "a@acme.example", "emp_abc"),
                        item("phishing_click", "high", "2026-11-24T11:00:00Z", null, "not-an-id"),
                        new IngestSignalsRequest.Item(
                                " ",
                                null,
                                "phishing_click",
                                "high",
                                "2026-11-24T11:00:00Z",
                                new IngestSignalsRequest.EmployeeRef("a@acme.example", null),
                                Map.of()),
                        null),
                NOW);

        assertThat(checked.accepted()).extracting(IngestSignals.Signal::index).containsExactly(0, 5);
        assertThat(checked.rejected())
                .extracting(IngestSignals.Rejection::index)
                .containsExactly(1, 2, 3, 4, 6, 7, 8, 9, 10);
        assertThat(checked.rejected()).allSatisfy(r -> assertThat(r.code()).isEqualTo("VALIDATION_ERROR"));
        assertThat(checked.rejected().get(0).message()).contains("zero_day", "phishing_click", "mfa_enabled");
        assertThat(checked.rejected().get(1).message()).contains("low, medium, high, critical");
        assertThat(checked.rejected().get(2).message()).contains("ISO-8601");
        assertThat(checked.rejected().get(3).message()).contains("future");
        assertThat(checked.rejected().get(7).message()).contains("externalId", "source");
    }

    @Test
    void givenEmptyOrOversizedBatch_whenChecked_thenTheWholeRequestIsInvalid() {
        for (var signals : List.of(
                List.<IngestSignalsRequest.Item>of(),
                Collections.nCopies(
                        1001, item("phishing_click", "high", "2026-11-24T11:00:00Z", "a@acme.example", null)))) {
            assertThatThrownBy(() -> SignalBatches.check(new IngestSignalsRequest(null, signals), NOW))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                        assertThat(e.details()).containsKey("signals");
                    });
        }
    }

    @Test
    void givenOursAndTheCommandsRejections_whenMerged_thenSortedByIndex() {
        var merged = SignalBatches.merge(
                List.of(
                        new IngestSignals.Rejection(3, "VALIDATION_ERROR", "x"),
                        new IngestSignals.Rejection(0, "VALIDATION_ERROR", "y")),
                List.of(new IngestSignals.Rejection(1, "UNKNOWN_EMPLOYEE", "z")));

        assertThat(merged).extracting(IngestSignals.Rejection::index).containsExactly(0, 1, 3);
    }
}
