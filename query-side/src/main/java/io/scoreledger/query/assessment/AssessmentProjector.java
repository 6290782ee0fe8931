package io.scoreledger.query.assessment;

import io.scoreledger.assessment.events.AnswersRecorded;
import io.scoreledger.assessment.events.AssessmentCompleted;
import io.scoreledger.assessment.events.AssessmentDeleted;
import io.scoreledger.assessment.events.AssessmentScored;
import io.scoreledger.assessment.events.AssessmentStarted;
import io.scoreledger.assessment.events.AssessmentTemplateCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;

@ProcessingGroup(AssessmentProjector.PROCESSING_GROUP)
public class AssessmentProjector {

    public static final String PROCESSING_GROUP = "assessment-projection";

    private final AssessmentRepository repository;

    public AssessmentProjector(AssessmentRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(AssessmentTemplateCreated event, @SequenceNumber long sequence) {
        repository.insertTemplate(event, sequence);
    }

    @EventHandler
    void on(AssessmentStarted event, @SequenceNumber long sequence) {
        repository.insertAssessment(event, sequence);
    }

    @EventHandler
    void on(AnswersRecorded event, @SequenceNumber long sequence) {
        repository.recordAnswers(event, sequence);
    }

    @EventHandler
    void on(AssessmentCompleted event, @SequenceNumber long sequence) {
        repository.complete(event.assessmentId(), event.score(), event.methodVersion(), event.completedAt(), sequence);
        repository.recordScore(event.tenantId(), event.assessmentId(), sequence, event.completedAt(), event.score());
    }

    @EventHandler
    void on(AssessmentScored event, @SequenceNumber long sequence) {
        repository.score(event.assessmentId(), event.score(), event.methodVersion(), sequence);
        repository.recordScore(event.tenantId(), event.assessmentId(), sequence, event.scoredAt(), event.score());
    }

    @EventHandler
    void on(AssessmentDeleted event, @SequenceNumber long sequence) {
        repository.delete(event.assessmentId(), event.deletedAt(), sequence);
    }

    @ResetHandler
    void onReset() {
        repository.deleteAll();
    }
}
