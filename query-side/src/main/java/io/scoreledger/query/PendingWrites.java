package io.scoreledger.query;

import java.util.List;
import java.util.function.Function;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * The writes a {@link WritesAtCommit} projector collects while it handles a batch of events: one set per unit of
 * work, opened on first use with the batch's messages (so it can read what the whole batch needs at once) and written
 * when the unit of work prepares to commit, in the transaction that also stores the processor's token. Outside a unit
 * of work (a direct call) there is no batch to wait for, so {@link #collect} opens a set for the call and writes it
 * when the call returns.
 *
 * @param <W> the projector's own buffer of pending rows
 */
public final class PendingWrites<W extends PendingWrites.Buffer> {

    /** Rows held in memory until {@link #flush} writes them. */
    public interface Buffer {
        void flush();
    }

    private final String key;
    private final Function<List<? extends Message<?>>, W> open;
    private final ThreadLocal<W> direct = new ThreadLocal<>();

    /**
     * @param name tells this projector's writes apart from other projectors' in the same unit of work
     * @param open a new, empty buffer for a unit of work holding these messages (none for a direct call)
     */
    public PendingWrites(String name, Function<List<? extends Message<?>>, W> open) {
        this.key = name + "@" + System.identityHashCode(this);
        this.open = open;
    }

    /** Runs a change that reaches its buffer through {@link #current}. */
    public void collect(Runnable change) {
        if (CurrentUnitOfWork.isStarted() || direct.get() != null) {
            change.run();
            return;
        }
        var buffer = open.apply(List.of());
        direct.set(buffer);
        try {
            change.run();
            buffer.flush();
        } finally {
            direct.remove();
        }
    }

    /** The buffer of the batch being handled, or of the direct call that {@link #collect} is running. */
    public W current() {
        if (!CurrentUnitOfWork.isStarted()) {
            var buffer = direct.get();
            if (buffer == null) {
                throw new IllegalStateException("Pending writes are reached only inside collect(..) or a unit of work");
            }
            return buffer;
        }
        var unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(key, ignored -> {
            var buffer = open.apply(messagesOf(unitOfWork));
            unitOfWork.onPrepareCommit(committing -> buffer.flush());
            return buffer;
        });
    }

    private static List<? extends Message<?>> messagesOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork instanceof BatchingUnitOfWork<?> batch
                ? batch.getMessages()
                : List.of(unitOfWork.getMessage());
    }
}
