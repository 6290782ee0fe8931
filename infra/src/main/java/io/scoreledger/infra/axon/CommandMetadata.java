package io.scoreledger.infra.axon;

import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.CallerAuthentication;
import io.scoreledger.api.web.RequestIds;
import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.ids.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one place that says who sent a command: the authenticated caller of the current request (or the system, for
 * commands sent by schedulers and background workers), the tenant, the request id and the correlation id. Axon's
 * correlation data providers copy these onto every event the command produces. A command already stamped keeps its
 * stamp: a retried command passes through the bus again, on a thread that knows neither the caller nor the request.
 */
final class CommandMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(AuditMetadata.ACTOR)
                ? command
                : command.andMetaData(metadataFor(command.getPayload()));
    }

    static Map<String, Object> metadataFor(Object payload) {
        var metadata = new HashMap<String, Object>();
        var caller = currentCaller();
        if (caller.isPresent()) {
            metadata.put(AuditMetadata.ACTOR, caller.get().actorId());
            metadata.put(AuditMetadata.ACTOR_KIND, caller.get().kind().name());
        } else {
            metadata.put(AuditMetadata.ACTOR, AuditMetadata.SYSTEM_ACTOR);
            metadata.put(AuditMetadata.ACTOR_KIND, "SYSTEM");
        }
        tenantOf(payload)
                .or(() -> caller.map(Caller::tenantId))
                .ifPresent(tenant -> metadata.put(AuditMetadata.TENANT, tenant.value()));
        RequestIds.currentRequestId().ifPresent(id -> metadata.put(AuditMetadata.REQUEST_ID, id));
        RequestIds.currentCorrelationId().ifPresent(id -> metadata.put(AuditMetadata.CORRELATION_ID, id));
        return metadata;
    }

    private static Optional<Caller> currentCaller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof CallerAuthentication callerAuthentication
                ? Optional.of(callerAuthentication.getPrincipal())
                : Optional.empty();
    }

    /** Every command names its tenant as a tenantId record component, by convention. */
    private static Optional<TenantId> tenantOf(Object payload) {
        if (!(payload instanceof Record record)) {
            return Optional.empty();
        }
        for (var component : record.getClass().getRecordComponents()) {
            if (component.getName().equals("tenantId") && component.getType() == TenantId.class) {
                try {
                    return Optional.ofNullable(
                            (TenantId) component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
