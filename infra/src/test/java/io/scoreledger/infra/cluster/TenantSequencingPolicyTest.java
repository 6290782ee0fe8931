package io.scoreledger.infra.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class TenantSequencingPolicyTest {

    private final TenantSequencingPolicy policy = new TenantSequencingPolicy();

    @Test
    void givenEventsOfTwoEmployeesOfOneTenant_whenSequenced_thenTheyShareTheTenantsSequence() {
        var tenant = TenantId.mint();
        var other = TenantId.mint();

        var first = policy.getSequenceIdentifierFor(registered(tenant, EmployeeId.mint()));
        var second = policy.getSequenceIdentifierFor(registered(tenant, EmployeeId.mint()));
        var elsewhere = policy.getSequenceIdentifierFor(registered(other, EmployeeId.mint()));

        assertThat(first).isEqualTo(tenant.value()).isEqualTo(second);
        assertThat(elsewhere).isEqualTo(other.value());
    }

    @Test
    void givenAnEventThatNamesNoTenant_whenSequenced_thenItIsSequencedByItsAggregate() {
        EventMessage<?> event = new GenericDomainEventMessage<>("Legacy", "agg-7", 3, "no tenant here");

        assertThat(policy.getSequenceIdentifierFor(event)).isEqualTo("agg-7");
    }

    private static EventMessage<?> registered(TenantId tenant, EmployeeId employee) {
        return new GenericDomainEventMessage<>(
                "Employee",
                employee.value(),
                0,
                new EmployeeRegistered(tenant, employee, "a@b.example", null, null, null, Instant.EPOCH));
    }
}
