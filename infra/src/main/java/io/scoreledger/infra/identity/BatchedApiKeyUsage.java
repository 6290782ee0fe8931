package io.scoreledger.infra.identity;

import io.scoreledger.api.security.ApiKeyUsageRecorder;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.query.identity.IdentityRepository;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last-used times kept in memory and written in one batch every scoreledger.auth.api-key-usage-flush, not once per
 * request.
 */
class BatchedApiKeyUsage implements ApiKeyUsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(BatchedApiKeyUsage.class);

    private final ConcurrentHashMap<ApiKeyId, Instant> pending = new ConcurrentHashMap<>();
    private final IdentityRepository repository;

    BatchedApiKeyUsage(IdentityRepository repository) {
        this.repository = repository;
    }

    @Override
    public void used(ApiKeyId apiKey, Instant at) {
        pending.merge(apiKey, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    @PreDestroy
    void flush() {
        var batch = new HashMap<ApiKeyId, Instant>();
        for (var id : pending.keySet()) {
            var at = pending.remove(id);
            if (at != null) {
                batch.put(id, at);
            }
        }
        try {
            repository.recordApiKeyUsage(batch);
        } catch (RuntimeException e) {
            batch.forEach(this::used);
            log.warn("Could not record API key usage; will retry", e);
        }
    }
}
