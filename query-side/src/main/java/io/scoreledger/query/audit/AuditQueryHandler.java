package io.scoreledger.query.audit;

import io.scoreledger.audit.queries.FindAuditEvents;
import io.scoreledger.audit.queries.GetAuditChainHead;
import org.axonframework.queryhandling.QueryHandler;

public class AuditQueryHandler {

    private final AuditRepository repository;

    public AuditQueryHandler(AuditRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindAuditEvents.Result handle(FindAuditEvents query) {
        return repository.find(query);
    }

    @QueryHandler
    GetAuditChainHead.Result handle(GetAuditChainHead query) {
        return repository.head(query.tenantId());
    }
}
