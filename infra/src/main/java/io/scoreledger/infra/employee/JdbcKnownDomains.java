package io.scoreledger.infra.employee;

import io.scoreledger.command.organization.KnownDomains;
import io.scoreledger.ids.TenantId;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/** Employee e-mail domains of a tenant, from the command side's own directory table. */
class JdbcKnownDomains implements KnownDomains {

    private final JdbcTemplate jdbc;

    JdbcKnownDomains(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> knownAmong(TenantId tenantId, Set<String> domains) {
        return new HashSet<>(jdbc.queryForList(
                "select distinct split_part(email, '@', 2) from employee_email_claim "
                        + "where tenant_id = ? and split_part(email, '@', 2) = any (?)",
                String.class,
                tenantId.value(),
                domains.toArray(String[]::new)));
    }
}
