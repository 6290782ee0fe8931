package io.scoreledger.infra.employee;

import io.scoreledger.command.employee.EmployeeDirectory;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs inside the command's transaction; never lets a constraint fail, which would abort that transaction. */
class JdbcEmployeeDirectory implements EmployeeDirectory {

    private final JdbcTemplate jdbc;

    JdbcEmployeeDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Claim claim(TenantId tenantId, String normalizedEmail, EmployeeId proposedId) {
        var holder = jdbc.queryForList(
                "select employee_id from employee_email_claim where tenant_id = ? and email = ?",
                String.class,
                tenantId.value(),
                normalizedEmail);
        if (!holder.isEmpty()) {
            return new Claim(new EmployeeId(holder.getFirst()), false);
        }
        if (jdbc.queryForObject(
                "select exists (select 1 from employee_email_claim where employee_id = ?)", Boolean.class, proposedId.value())) {
            return null;
        }
        int inserted = jdbc.update(
                "insert into employee_email_claim (tenant_id, email, employee_id) values (?, ?, ?) on conflict do nothing",
                tenantId.value(),
                normalizedEmail,
                proposedId.value());
        if (inserted == 1) {
            return new Claim(proposedId, true);
        }
        var raced = jdbc.queryForList(
                "select employee_id from employee_email_claim where tenant_id = ? and email = ?",
                String.class,
                tenantId.value(),
                normalizedEmail);
        return raced.isEmpty() ? null : new Claim(new EmployeeId(raced.getFirst()), false);
    }

    @Override
    public boolean exists(TenantId tenantId, EmployeeId employeeId) {
        return jdbc.queryForObject(
                "select exists (select 1 from employee_email_claim where tenant_id = ? and employee_id = ?)",
                Boolean.class,
                tenantId.value(),
                employeeId.value());
    }
}
