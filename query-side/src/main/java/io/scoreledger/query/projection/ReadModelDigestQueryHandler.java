package io.scoreledger.query.projection;

import io.scoreledger.projection.queries.GetReadModelDigests;
import org.axonframework.queryhandling.QueryHandler;

public class ReadModelDigestQueryHandler {

    private final ReadModelDigestRepository repository;

    public ReadModelDigestQueryHandler(ReadModelDigestRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    GetReadModelDigests.Result handle(GetReadModelDigests query) {
        return new GetReadModelDigests.Result(repository.digests());
    }
}
