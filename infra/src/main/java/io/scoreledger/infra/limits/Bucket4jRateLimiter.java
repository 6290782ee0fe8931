package io.scoreledger.infra.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.scoreledger.api.limits.Quota;
import io.scoreledger.api.limits.RateLimitDecision;
import io.scoreledger.api.limits.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rate-limit buckets, kept by Bucket4j in the rate_limit_bucket table so that every node sees the same
 * buckets. Each operation on a bucket is one transaction that locks its row (SELECT … FOR UPDATE, UPDATE, COMMIT:
 * three round trips; eight, measured, for the request that creates the row).
 *
 * <p>Hot path. Doing that on every request costs a pooled connection and three round trips per request, and a busy
 * tenant's requests queue on its row lock. Bucket4j's delaying optimization lets a node consume up to k tokens from
 * its local copy of a bucket and then write them in one sync, where k = unsynchronized-share × capacity, rounded
 * down: with 2%, k is 2 for a professional tenant's 100/minute and for Authentication, 20 for enterprise and for
 * General's 1,000/hour, 1 for File uploads, and 0 (every request written, exact) for Reports and failed
 * authentications. A node also syncs when its copy is older than max-unsynchronized-time (1 s). For 100 requests on
 * one bucket with k = 10 that measured 35 round trips instead of 305 (SharedBucketsTest).
 *
 * <p>The price: nodes do not see each other's unsynced requests, so with N nodes a bucket can admit up to N × k
 * requests beyond its limit, and X-RateLimit-Remaining can be high by as much. The sync writes those requests even
 * when the bucket has run dry, so the bucket goes into debt and the overshoot is paid back before it admits again;
 * over longer spans the rate holds. One node alone is exact, because its local copy is the stored state plus its own
 * unsynced requests. Refusals are answered from the local copy too. The delaying optimization also merges concurrent
 * requests for one bucket on one node into one transaction (Bucket4j's batching). Not chosen: batching alone, which
 * helps only under concurrency; predicting, which guesses other nodes' rates and makes the overshoot harder to state.
 *
 * <p>The local copies live in proxies cached per bucket; a proxy that leaves the cache, or the node that shuts
 * down, first writes its unsynced tokens.
 */
final class Bucket4jRateLimiter implements RateLimiter, AutoCloseable {

    static final String TABLE = "rate_limit_bucket";

    private static final Logger log = LoggerFactory.getLogger(Bucket4jRateLimiter.class);
    private static final int CLEANUP_BATCH = 1_000;
    private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);
    private static final Duration IDLE_PROXY = Duration.ofMinutes(2);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Cache<String, CachedProxy> proxies;
    private final TimeMeter time;
    private final RateLimitStoreProperties settings;
    private final ScheduledExecutorService maintenance;

    Bucket4jRateLimiter(DataSource dataSource, Clock clock, RateLimitStoreProperties settings) {
        this.settings = settings;
        this.time = new ClockTimeMeter(clock);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(time)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
                .build();
        this.maintenance = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("rate-limit-maintenance").daemon().factory());
        this.proxies = Caffeine.newBuilder()
                .maximumSize(settings.cachedBuckets())
                .expireAfterAccess(IDLE_PROXY)
                .executor(maintenance)
                .<String, CachedProxy>removalListener((id, cached, cause) -> {
                    if (cached != null) {
                        cached.flush(id);
                    }
                })
                .build();
        long interval = settings.cleanupInterval().toMillis();
        maintenance.scheduleWithFixedDelay(this::maintain, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public RateLimitDecision tryConsume(String key, Quota quota) {
        var probe = proxy(key, quota).tryConsumeAndReturnRemaining(1);
        return new RateLimitDecision(
                probe.isConsumed(),
                quota.limit(),
                Math.max(0, probe.getRemainingTokens()),
                Duration.ofNanos(probe.getNanosToWaitForReset()),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public RateLimitDecision peek(String key, Quota quota) {
        var result = proxy(key, quota).asVerbose().estimateAbilityToConsume(1);
        var probe = result.getValue();
        return new RateLimitDecision(
                probe.canBeConsumed(),
                quota.limit(),
                Math.max(0, probe.getRemainingTokens()),
                Duration.ofNanos(result.getDiagnostics().calculateFullRefillingTime()),
                probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Deletes the rows of buckets that have been full for a while; returns how many. */
    int removeExpiredBuckets() {
        int total = 0;
        int removed;
        do {
            removed = buckets.removeExpired(CLEANUP_BATCH);
            total += removed;
        } while (removed == CLEANUP_BATCH);
        return total;
    }

    /** Writes every cached bucket's unsynced tokens now. */
    void flush() {
        proxies.asMap().forEach((id, cached) -> cached.flush(id));
    }

    @Override
    public void close() throws InterruptedException {
        proxies.invalidateAll();
        proxies.cleanUp();
        maintenance.shutdown();
        if (!maintenance.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("Rate-limit maintenance did not finish in time; some unsynced requests were not counted");
        }
    }

    /**
     * A bucket's row id carries its quota, so a changed limit or a changed plan starts a new, full bucket instead of
     * silently keeping the configuration the old row was created with.
     */
    private BucketProxy proxy(String key, Quota quota) {
        String id = key + "@" + quota;
        return proxies.get(id, ignored -> create(id, quota)).proxy();
    }

    private CachedProxy create(String id, Quota quota) {
        var configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(quota.limit()).refillGreedy(quota.limit(), quota.period()))
                .build();
        long unsynchronized = settings.unsynchronizedTokens(quota.limit());
        var builder = buckets.builder();
        if (unsynchronized > 0) {
            // Optimizations.delaying(…) would time the staleness with the system clock; this uses the injected one.
            builder = builder.withOptimization(new DelayOptimization(
                    new DelayParameters(unsynchronized, settings.maxUnsynchronizedTime()),
                    NopeOptimizationListener.INSTANCE,
                    time));
        }
        return new CachedProxy(builder.build(id, () -> configuration), unsynchronized > 0);
    }

    private void maintain() {
        try {
            proxies.cleanUp();
            int removed = removeExpiredBuckets();
            if (removed > 0) {
                log.debug("Removed {} expired rate-limit buckets", removed);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "Rate-limit bucket cleanup failed; it runs again in {}: {}",
                    settings.cleanupInterval(),
                    e.toString());
        }
    }

    private record CachedProxy(BucketProxy proxy, boolean delayed) {

        void flush(String id) {
            if (!delayed) {
                return;
            }
            try {
                proxy.getOptimizationController().syncByCondition(1, Duration.ZERO);
            } catch (RuntimeException e) {
                log.warn("Could not write the unsynced requests of rate-limit bucket {}: {}", id, e.toString());
            }
        }
    }

    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
