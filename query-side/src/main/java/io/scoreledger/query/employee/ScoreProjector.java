package io.scoreledger.query.employee;

import io.scoreledger.employee.events.EmployeeProfileChanged;
import io.scoreledger.employee.events.EmployeeRegistered;
import io.scoreledger.employee.events.EmployeeScoreChanged;
import io.scoreledger.employee.events.SignalDisputed;
import io.scoreledger.employee.events.SignalRecorded;
import io.scoreledger.query.WritesAtCommit;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@WritesAtCommit
@ProcessingGroup(ScoreProjector.PROCESSING_GROUP)
public class ScoreProjector {

    public static final String PROCESSING_GROUP = "score-projection";

    private final ScoreRepository repository;

    public ScoreProjector(ScoreRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(EmployeeRegistered event, @SequenceNumber long sequence) {
        repository.insertEmployee(event, sequence);
    }

    @EventHandler
    void on(EmployeeProfileChanged event, @SequenceNumber long sequence) {
        repository.changeProfile(event, sequence);
    }

    @EventHandler
    void on(EmployeeScoreChanged event, @SequenceNumber long sequence) {
        repository.changeScore(event, sequence);
    }

    @EventHandler
    void on(SignalRecorded event) {
        repository.insertSignal(event);
    }

    @EventHandler
    void on(SignalDisputed event) {
        repository.disputeSignal(event);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
