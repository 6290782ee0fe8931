package io.scoreledger.infra.deadletter;

import io.scoreledger.query.WritesAtCommit;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each projection event handler inside a savepoint of the batch's transaction. A statement that fails in
 * PostgreSQL aborts the whole transaction: without a savepoint, one event that cannot be projected would make every
 * later event of its batch fail with "current transaction is aborted", and the dead-letter queue could not even
 * record it. With one, the failed event's own writes are rolled back, the event is parked with its sequence, and the
 * rest of the batch commits.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    private static final String PROJECTIONS = "io.scoreledger.query";

    private final TransactionTemplate savepoint;

    SavepointPerEvent(PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        var declaring = original.declaringClass();
        if (!original.canHandleMessageType(EventMessage.class)
                || !declaring.getPackageName().startsWith(PROJECTIONS)
                || declaring.isAnnotationPresent(WritesAtCommit.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                try {
                    return savepoint.execute(status -> {
                        try {
                            return super.handle(message, target);
                        } catch (RuntimeException e) {
                            throw e;
                        } catch (Exception e) {
                            throw new CheckedFailure(e);
                        }
                    });
                } catch (CheckedFailure e) {
                    throw e.checked;
                }
            }
        };
    }

    private static final class CheckedFailure extends RuntimeException {
        private final Exception checked;

        CheckedFailure(Exception checked) {
            super(checked);
            this.checked = checked;
        }
    }
}
