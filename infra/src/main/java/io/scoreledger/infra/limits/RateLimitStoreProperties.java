package io.scoreledger.infra.limits;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * scoreledger.rate-limits.store.*: how the buckets are kept in PostgreSQL.
 *
 * @param unsynchronizedShare   The share of a bucket's capacity a node may consume locally before it writes to the
 *                              database (see {@link Bucket4jRateLimiter}); 0 writes every request.
 * @param maxUnsynchronizedTime How stale a node's local copy of a bucket may get before its next request syncs it.
 * @param cachedBuckets         How many buckets a node keeps a local proxy for.
 * @param cleanupInterval       How often expired bucket rows are deleted.
 */
@ConfigurationProperties("scoreledger.rate-limits.store")
record RateLimitStoreProperties(
        @DefaultValue("0.02") double unsynchronizedShare,
        @DefaultValue("PT1S") Duration maxUnsynchronizedTime,
        @DefaultValue("10000") int cachedBuckets,
        @DefaultValue("PT5M") Duration cleanupInterval) {

    RateLimitStoreProperties {
        if (unsynchronizedShare < 0 || unsynchronizedShare >= 1) {
            throw new IllegalArgumentException(
                    "scoreledger.rate-limits.store.unsynchronized-share must be in [0, 1), not " + unsynchronizedShare);
        }
        if (cachedBuckets < 1) {
            throw new IllegalArgumentException("scoreledger.rate-limits.store.cached-buckets must be positive");
        }
    }

    /** Tokens a node may consume from a bucket of this capacity without telling the database. */
    long unsynchronizedTokens(long capacity) {
        // The epsilon keeps 100 × 0.02 at 2 despite binary fractions.
        return (long) Math.floor(capacity * unsynchronizedShare + 1e-9);
    }
}
