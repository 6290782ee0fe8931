package io.scoreledger.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.audit.AuditMetadata;
import io.scoreledger.rules.InvalidCommandException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private final ConflictRetry retry = new ConflictRetry(3, Duration.ofMillis(1));
    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final AtomicInteger attempts = new AtomicInteger();
    private final List<Map<String, Object>> seenMetadata = new ArrayList<>();

    @AfterEach
    void stop() {
        retry.close();
    }

    @Test
    void givenACommandThatLosesARaceTwice_whenSent_thenItIsHandledAgainUntilItPasses() {
        handle(attempt -> {
            if (attempt < 3) {
                throw new ConcurrencyException("An event for aggregate [emp_1] at sequence [7] was already inserted");
            }
            return "recorded";
        });

        assertThat((String) gateway().sendAndWait("IngestSignals")).isEqualTo("recorded");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givenARejectedCommand_whenSent_thenItIsHandledOnceAndTheRejectionReturned() {
        handle(attempt -> {
            throw new InvalidCommandException("name", "The name field is required.");
        });

        assertThatThrownBy(() -> gateway().sendAndWait("CreateCompany")).isInstanceOf(InvalidCommandException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givenAConflictThatDoesNotClear_whenSent_thenItFailsWithTheConflictAfterTheRetries() {
        handle(attempt -> {
            throw new ConcurrencyException("taken");
        });

        assertThatThrownBy(() -> gateway().sendAndWait("IngestSignals")).isInstanceOf(ConcurrencyException.class);
        assertThat(attempts).hasValue(4);
    }

    @Test
    void givenAStampedCommand_whenItIsRetriedOnAnotherThread_thenItKeepsTheActorOfTheRequest() {
        bus.registerDispatchInterceptor(new CommandMetadata());
        handle(attempt -> {
            if (attempt == 1) {
                throw new ConcurrencyException("taken");
            }
            return "recorded";
        });
        var command = GenericCommandMessage.asCommandMessage("IngestSignals")
                .withMetaData(MetaData.with(AuditMetadata.ACTOR, "usr_jane").and(AuditMetadata.ACTOR_KIND, "USER"));

        gateway().sendAndWait(command);

        assertThat(seenMetadata).hasSize(2);
        assertThat(seenMetadata)
                .allSatisfy(metadata -> assertThat(metadata)
                        .containsEntry(AuditMetadata.ACTOR, "usr_jane")
                        .containsEntry(AuditMetadata.ACTOR_KIND, "USER"));
    }

    @Test
    void givenFailures_whenClassified_thenOnlyLostRacesAndRolledBackTransactionsAreConflicts() {
        assertThat(ConflictRetry.isConflict(new ConcurrencyException("taken"))).isTrue();
        assertThat(ConflictRetry.isConflict(new AggregateStreamCreationException("taken")))
                .isTrue();
        assertThat(ConflictRetry.isConflict(new EventStoreException("append", new SQLException("deadlock", "40P01"))))
                .isTrue();
        assertThat(ConflictRetry.isConflict(
                        new IllegalStateException("tx", new SQLException("serialization", "40001"))))
                .isTrue();
        assertThat(ConflictRetry.isConflict(new EventStoreException("append", new SQLException("full", "53100"))))
                .isFalse();
        assertThat(ConflictRetry.isConflict(new InvalidCommandException("name", "required")))
                .isFalse();
    }

    @Test
    void givenPostgresUniqueViolations_whenResolved_thenTheyAreDuplicateKeysAndNothingElseIs() {
        var resolver = new PostgresDuplicateKeys();
        var batch = new java.sql.BatchUpdateException("Batch entry 0 was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        var aborted = new java.sql.BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0]);
        aborted.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(batch)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException(aborted)))
                .isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("not null", "23502")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL here")))
                .isFalse();
    }

    private interface Attempt {
        Object run(int attempt);
    }

    private void handle(Attempt attempt) {
        bus.subscribe(String.class.getName(), (CommandMessage<?> message) -> {
            synchronized (seenMetadata) {
                seenMetadata.add(Map.copyOf(message.getMetaData()));
            }
            return attempt.run(attempts.incrementAndGet());
        });
    }

    private DefaultCommandGateway gateway() {
        return DefaultCommandGateway.builder()
                .commandBus(bus)
                .retryScheduler(retry)
                .build();
    }
}
