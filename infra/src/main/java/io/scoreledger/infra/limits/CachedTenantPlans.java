package io.scoreledger.infra.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.scoreledger.api.limits.TenantPlans;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.queries.CompanyView;
import io.scoreledger.tenancy.queries.GetCompany;
import io.scoreledger.values.SubscriptionPackage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A tenant's plan from the read model, remembered for a short while so the scores limiter does not query on
 * every request; a plan change takes effect within the time to live. A company the read model does not show is
 * not remembered, so it is found as soon as its projection catches up.
 */
final class CachedTenantPlans implements TenantPlans {

    private static final long QUERY_TIMEOUT_SECONDS = 5;

    private final QueryGateway queries;
    private final Cache<TenantId, SubscriptionPackage> plans;

    CachedTenantPlans(QueryGateway queries, Duration timeToLive) {
        this.queries = queries;
        this.plans = Caffeine.newBuilder()
                .expireAfterWrite(timeToLive)
                .maximumSize(100_000)
                .build();
    }

    @Override
    public Optional<SubscriptionPackage> planOf(TenantId tenantId) {
        return Optional.ofNullable(plans.get(tenantId, this::lookUp));
    }

    private SubscriptionPackage lookUp(TenantId tenantId) {
        return queries.query(new GetCompany(tenantId), GetCompany.Result.class)
                .orTimeout(QUERY_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .join()
                .found()
                .map(CompanyView::subscriptionPackage)
                .orElse(null);
    }
}
