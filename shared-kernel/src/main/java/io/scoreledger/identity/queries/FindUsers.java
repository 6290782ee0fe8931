package io.scoreledger.identity.queries;

import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import java.util.List;
import java.util.Set;

/**
 * A page of the user directory. Unrestricted callers see every company; the others only visibleTenants. company and
 * role are optional filters (null means any); page starts at 1.
 */
public record FindUsers(
        boolean unrestricted, Set<TenantId> visibleTenants, TenantId company, Role role, int page, int perPage) {

    public record Result(List<UserView> users, long total) {}
}
