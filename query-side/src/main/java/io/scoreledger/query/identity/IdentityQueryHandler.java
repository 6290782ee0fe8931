package io.scoreledger.query.identity;

import io.scoreledger.identity.queries.FindApiKeyCredential;
import io.scoreledger.identity.queries.FindApiKeys;
import io.scoreledger.identity.queries.FindSession;
import io.scoreledger.identity.queries.FindUserByIdentity;
import io.scoreledger.identity.queries.FindUsers;
import io.scoreledger.identity.queries.GetApiKey;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.identity.queries.IsAccessTokenRevoked;
import org.axonframework.queryhandling.QueryHandler;

public class IdentityQueryHandler {

    private final IdentityRepository repository;

    public IdentityQueryHandler(IdentityRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindUsers.Result handle(FindUsers query) {
        return new FindUsers.Result(repository.findUsers(query), repository.countUsers(query));
    }

    @QueryHandler
    GetUser.Result handle(GetUser query) {
        return new GetUser.Result(
                repository.findUser(query.tenantId(), query.userId()).orElse(null));
    }

    @QueryHandler
    FindUserByIdentity.Result handle(FindUserByIdentity query) {
        return new FindUserByIdentity.Result(
                repository.findUserByIdentity(query.subject(), query.email()).orElse(null));
    }

    @QueryHandler
    FindApiKeys.Result handle(FindApiKeys query) {
        return new FindApiKeys.Result(repository.findApiKeys(query.tenantId(), query.issuedBy()));
    }

    @QueryHandler
    GetApiKey.Result handle(GetApiKey query) {
        return new GetApiKey.Result(
                repository.findApiKey(query.tenantId(), query.apiKeyId()).orElse(null));
    }

    @QueryHandler
    FindApiKeyCredential.Result handle(FindApiKeyCredential query) {
        return new FindApiKeyCredential.Result(
                repository.findApiKeyCredential(query.lookup()).orElse(null));
    }

    @QueryHandler
    FindSession.Result handle(FindSession query) {
        return new FindSession.Result(
                repository.findSession(query.tokenSha256()).orElse(null));
    }

    @QueryHandler
    IsAccessTokenRevoked.Result handle(IsAccessTokenRevoked query) {
        return new IsAccessTokenRevoked.Result(repository.isRevoked(query.tokenSha256()));
    }
}
