package io.scoreledger.infra.cluster;

import io.scoreledger.ids.TenantId;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

/**
 * Keeps all events of a tenant in one segment, in global order, so a projection that reads and writes rows shared by
 * a tenant's aggregates (score-projection's histograms and daily snapshots) sees them as with one segment; different
 * tenants may go to different segments and nodes. Every event names its tenant as its payload's tenantId; one that
 * does not is sequenced by its aggregate, as Axon's default policy does.
 */
final class TenantSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    private static final ClassValue<Optional<MethodHandle>> TENANT_ACCESSOR = new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Optional.empty();
            }
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals("tenantId") && component.getType() == TenantId.class) {
                    try {
                        return Optional.of(MethodHandles.publicLookup()
                                .findVirtual(type, component.getName(), MethodType.methodType(TenantId.class)));
                    } catch (ReflectiveOperationException e) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    };

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        var payload = event.getPayload();
        var tenant = payload == null ? null : tenantOf(payload);
        return tenant != null
                ? tenant.value()
                : SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static TenantId tenantOf(Object payload) {
        var accessor = TENANT_ACCESSOR.get(payload.getClass());
        if (accessor.isEmpty()) {
            return null;
        }
        try {
            return (TenantId) accessor.get().invoke(payload);
        } catch (Throwable e) {
            return null;
        }
    }
}
