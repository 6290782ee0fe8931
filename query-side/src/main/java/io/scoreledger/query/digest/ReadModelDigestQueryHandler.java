package io.scoreledger.query.digest;

import io.scoreledger.replay.queries.GetReadModelDigests;
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
