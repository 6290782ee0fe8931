package io.scoreledger.infra.employee;

import io.scoreledger.command.employee.EmployeeDirectory;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs inside the command's transaction; never lets a constraint fail, which would abort that transaction. One insert
 * claims every address of a batch in address order: an insert that meets another transaction's uncommitted claim
 * waits for it, and with the same order everywhere that wait can never close a circle.
 */
class JdbcEmployeeDirectory implements EmployeeDirectory {

    private final JdbcTemplate jdbc;

    JdbcEmployeeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Claim> claim(TenantId tenantId, SortedMap<String, EmployeeId> proposedIdByNormalizedEmail) {
        var emails = proposedIdByNormalizedEmail.keySet().toArray(String[]::new);
        var proposedIds = proposedIdByNormalizedEmail.values().stream()
                .map(EmployeeId::value)
                .toArray(String[]::new);
        var inserted = new HashSet<>(jdbc.queryForList(
                "insert into employee_email_claim (tenant_id, email, employee_id)"
                        + " select ?, email, employee_id from unnest(?::text[], ?::text[]) as proposal(email, employee_id)"
                        + " order by email"
                        + " on conflict do nothing returning email",
                String.class,
                tenantId.value(),
                emails,
                proposedIds));
        var claims = new HashMap<String, Claim>();
        jdbc.query(
                "select email, employee_id from employee_email_claim where tenant_id = ? and email = any (?::text[])",
                rs -> {
                    var email = rs.getString(1);
                    claims.put(email, new Claim(new EmployeeId(rs.getString(2)), inserted.contains(email)));
                },
                tenantId.value(),
                emails);
        return claims;
    }

    @Override
    public Set<EmployeeId> existing(TenantId tenantId, Set<EmployeeId> employeeIds) {
        var found = new HashSet<EmployeeId>();
        jdbc.query(
                "select employee_id from employee_email_claim where tenant_id = ? and employee_id = any (?::text[])",
                rs -> {
                    found.add(new EmployeeId(rs.getString(1)));
                },
                tenantId.value(),
                employeeIds.stream().map(EmployeeId::value).toArray(String[]::new));
        return found;
    }
}
