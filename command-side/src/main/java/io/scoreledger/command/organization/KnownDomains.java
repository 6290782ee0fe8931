package io.scoreledger.command.organization;

import io.scoreledger.ids.TenantId;
import java.util.Set;

/** Which of these domains are the e-mail domain of at least one of the company's employees. */
@FunctionalInterface
public interface KnownDomains {

    Set<String> knownAmong(TenantId tenantId, Set<String> domains);
}
