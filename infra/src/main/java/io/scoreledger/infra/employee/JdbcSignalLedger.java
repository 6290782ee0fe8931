package io.scoreledger.infra.employee;

import io.scoreledger.command.employee.SignalLedger;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs inside the command's transaction, so a batch that fails leaves no claims behind. */
class JdbcSignalLedger implements SignalLedger {

    private final JdbcTemplate jdbc;

    JdbcSignalLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(TenantId tenantId, String source, String externalId, SignalId signalId, EmployeeId employeeId) {
        return jdbc.update(
                        "insert into signal_claim (tenant_id, source, external_id, signal_id, employee_id) "
                                + "values (?, ?, ?, ?, ?) on conflict do nothing",
                        tenantId.value(),
                        source,
                        externalId,
                        signalId.value(),
                        employeeId.value())
                == 1;
    }

    @Override
    public Optional<EmployeeId> ownerOf(TenantId tenantId, SignalId signalId) {
        return jdbc.queryForList(
                        "select employee_id from signal_claim where tenant_id = ? and signal_id = ?",
                        String.class,
                        tenantId.value(),
                        signalId.value())
                .stream()
                .findFirst()
                .map(EmployeeId::new);
    }
}
