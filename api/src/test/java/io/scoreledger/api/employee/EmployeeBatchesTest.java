package io.scoreledger.api.employee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.api.error.ApiException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmployeeBatchesTest {

    @Test
    void givenEmployeesWithAndWithoutIds_whenChecked_thenMintedIdsAreMarkedAsNotGiven() {
        var employees = EmployeeBatches.check(new UpsertEmployeesRequest(
                null,
                List.of(
                        new UpsertEmployeesRequest.Item(null, " ann@acme.example ", "Ann", "Engineering", null),
                        new UpsertEmployeesRequest.Item("emp_bob", "bob@acme.example", null, " ", "cli_x"))));

        assertThat(employees.get(0).idGiven()).isFalse();
        assertThat(employees.get(0).id().value()).startsWith("emp_");
        assertThat(employees.get(0).email()).isEqualTo("ann@acme.example");
        assertThat(employees.get(1).idGiven()).isTrue();
        assertThat(employees.get(1).id().value()).isEqualTo("emp_bob");
        assertThat(employees.get(1).department()).isNull();
        assertThat(employees.get(1).clientId().value()).isEqualTo("cli_x");
    }

    @Test
    void givenBadItems_whenChecked_thenEveryProblemIsNamedByItsPath() {
        assertThatThrownBy(() -> EmployeeBatches.check(new UpsertEmployeesRequest(
                        null,
                        List.of(
                                new UpsertEmployeesRequest.Item(null, "ann@acme.example", null, null, null),
                                new UpsertEmployeesRequest.Item("bad", "not-an-email", null, "x".repeat(101), "nope"),
                                new UpsertEmployeesRequest.Item(null, "ANN@acme.example", null, null, null),
                                new UpsertEmployeesRequest.Item(null, null, null, null, null)))))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.details())
                                .containsOnlyKeys(
                                        "employees[1].id",
                                        "employees[1].email",
                                        "employees[1].department",
                                        "employees[1].clientId",
                                        "employees[2].email",
                                        "employees[3].email"));
    }

    @Test
    void givenNoneOrTooMany_whenChecked_thenInvalid() {
        var one = new UpsertEmployeesRequest.Item(null, "ann@acme.example", null, null, null);
        for (var request : List.of(
                new UpsertEmployeesRequest(null, null),
                new UpsertEmployeesRequest(null, List.of()),
                new UpsertEmployeesRequest(null, Collections.nCopies(1001, one)))) {
            assertThatThrownBy(() -> EmployeeBatches.check(request))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.details()).containsOnlyKeys("employees"));
        }
    }

    @Test
    void givenAnEmailTheRosterWouldRefuse_whenChecked_thenTheBatchCheckRefusesItFirst() {
        assertThatThrownBy(() -> EmployeeBatches.check(new UpsertEmployeesRequest(
                        null, List.of(new UpsertEmployeesRequest.Item(null, "ann@acme.c", null, null, null)))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.details()).containsOnlyKeys("employees[0].email"));
    }
}
