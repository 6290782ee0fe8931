package io.scoreledger.infra.employee;

import io.scoreledger.command.employee.SignalLedger;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.SignalId;
import io.scoreledger.ids.TenantId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs inside the command's transaction, so a batch that fails leaves no claims behind. One insert claims a batch's
 * keys in key order (see JdbcEmployeeDirectory); within a key, the batch's first item wins.
 */
class JdbcSignalLedger implements SignalLedger {

    private final JdbcTemplate jdbc;

    JdbcSignalLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<SignalId> claim(TenantId tenantId, List<Entry> entries) {
        var claimed = new HashSet<SignalId>();
        jdbc.query(
                "insert into signal_claim (tenant_id, source, external_id, signal_id, employee_id)"
                        + " select ?, source, external_id, signal_id, employee_id"
                        + " from unnest(?::text[], ?::text[], ?::text[], ?::text[])"
                        + " with ordinality as entry(source, external_id, signal_id, employee_id, position)"
                        + " order by source, external_id, position"
                        + " on conflict do nothing returning signal_id",
                rs -> {
                    claimed.add(new SignalId(rs.getString(1)));
                },
                tenantId.value(),
                entries.stream().map(Entry::source).toArray(String[]::new),
                entries.stream().map(Entry::externalId).toArray(String[]::new),
                entries.stream().map(entry -> entry.signalId().value()).toArray(String[]::new),
                entries.stream().map(entry -> entry.employeeId().value()).toArray(String[]::new));
        return claimed;
    }

    @Override
    public Optional<EmployeeId> ownerOf(TenantId tenantId, SignalId signalId) {
        return jdbc
                .queryForList(
                        "select employee_id from signal_claim where tenant_id = ? and signal_id = ?",
                        String.class,
                        tenantId.value(),
                        signalId.value())
                .stream()
                .findFirst()
                .map(EmployeeId::new);
    }
}
