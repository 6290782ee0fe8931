package io.scoreledger.query.assessment;

import io.scoreledger.assessment.model.GlobalTemplates;
import io.scoreledger.assessment.queries.AssessmentTemplateView;
import io.scoreledger.assessment.queries.FindAssessmentTemplates;
import io.scoreledger.assessment.queries.FindAssessments;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.assessment.queries.GetAssessmentTemplate;
import io.scoreledger.assessment.queries.GetCompletedAssessmentScores;
import io.scoreledger.ids.TemplateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;

/** Global templates come from the shipped catalogue, before the tenant's own, which come from the read model. */
public class AssessmentQueryHandler {

    private final AssessmentRepository repository;

    public AssessmentQueryHandler(AssessmentRepository repository) {
        this.repository = repository;
    }

    @QueryHandler
    FindAssessmentTemplates.Result handle(FindAssessmentTemplates query) {
        var category = query.category() == null || query.category().isBlank()
                ? null
                : query.category().strip();
        var templates = new ArrayList<AssessmentTemplateView>();
        if (query.includeGlobal()) {
            GlobalTemplates.all().stream()
                    .map(global -> globalView(global.content().id()).orElseThrow())
                    .filter(view -> category == null || view.category().equalsIgnoreCase(category))
                    .forEach(templates::add);
        }
        templates.addAll(repository.findTemplates(query.tenantId(), category));
        return new FindAssessmentTemplates.Result(List.copyOf(templates));
    }

    @QueryHandler
    GetAssessmentTemplate.Result handle(GetAssessmentTemplate query) {
        return new GetAssessmentTemplate.Result(globalView(query.templateId())
                .or(() -> repository.findTemplate(query.tenantId(), query.templateId()))
                .orElse(null));
    }

    @QueryHandler
    FindAssessments.Result handle(FindAssessments query) {
        return new FindAssessments.Result(repository.findAssessments(query.tenantId(), query.clientId()));
    }

    @QueryHandler
    GetAssessment.Result handle(GetAssessment query) {
        return repository
                .findAssessment(query.tenantId(), query.assessmentId())
                .map(view -> new GetAssessment.Result(view, repository.findItems(view.id())))
                .orElseGet(() -> new GetAssessment.Result(null, List.of()));
    }

    @QueryHandler
    GetCompletedAssessmentScores.Result handle(GetCompletedAssessmentScores query) {
        return query.asOf() == null
                ? repository.completedScores(query.tenantId())
                : repository.completedScoresAsOf(query.tenantId(), query.asOf());
    }

    private static Optional<AssessmentTemplateView> globalView(TemplateId id) {
        return GlobalTemplates.find(id)
                .map(content -> new AssessmentTemplateView(
                        content.id(), null, content.name(), content.category(), true, content.sections(), null));
    }
}
