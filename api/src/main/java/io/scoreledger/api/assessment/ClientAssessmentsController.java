package io.scoreledger.api.assessment;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.tenancy.Visible;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.TextParameters;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Accepted;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.assessment.commands.CompleteAssessment;
import io.scoreledger.assessment.commands.CreateAssessmentTemplate;
import io.scoreledger.assessment.commands.RecordAnswers;
import io.scoreledger.assessment.commands.StartAssessment;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.assessment.queries.FindAssessmentTemplates;
import io.scoreledger.assessment.queries.FindAssessments;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.assessment.queries.GetAssessmentTemplate;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.values.FieldLimits;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v3/companies/{companyId}/clients/{clientId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Assessment templates and a client's assessments (assessment events).")
record ClientAssessmentsController(CommandGateway commands, QueryGateway queries, Writes writes, RequestClock clock) {

    @GetMapping("/assessment-templates")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(
            operationId = "listAssessmentTemplates",
            summary = "Templates available for new assessments: the global ones and the tenant's own")
    Envelope<List<TemplateResponse>> templates(
            @Visible ClientView client,
            @Parameter(description = "Include global templates (default true)")
                    @RequestParam(name = "global", required = false, defaultValue = "true")
                    boolean includeGlobal,
            @Parameter(description = "Only templates of this category (ignoring case)") @RequestParam(required = false)
                    String category) {
        var tenant = client.tenantId();
        TextParameters.limited("category", category, FieldLimits.SHORT_TEXT_MAX);
        var result = queries.query(
                        new FindAssessmentTemplates(tenant, includeGlobal, category),
                        FindAssessmentTemplates.Result.class)
                .join();
        return Envelope.of(result.templates().stream().map(TemplateResponse::of).toList());
    }

    @PostMapping(path = "/assessment-templates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "createAssessmentTemplate", summary = "Add a template of the tenant's own")
    @Answers(status = 201, data = TemplateResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> createTemplate(
            @Valid @RequestBody CreateTemplateRequest request, @Visible ClientView client) {
        var templateId = TemplateId.mint();
        var command = new CreateAssessmentTemplate(
                client.tenantId(), templateId, request.name(), request.category(), request.drafts(), clock.now());
        var read = new Writes.Read<>(
                new GetAssessmentTemplate(client.tenantId(), templateId),
                GetAssessmentTemplate.Result.class,
                result -> result.found().isPresent());
        var location = URI.create(base(client) + "/assessment-templates?global=false");
        return writes.create(
                command, read, result -> TemplateResponse.of(result.template()), location, templateId.value());
    }

    @GetMapping("/assessment-events")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(operationId = "listAssessments", summary = "The client's assessments, oldest first")
    Envelope<List<AssessmentResponse>> list(@Visible ClientView client) {
        var result = queries.query(new FindAssessments(client.tenantId(), client.id()), FindAssessments.Result.class)
                .join();
        return Envelope.of(
                result.assessments().stream().map(AssessmentResponse::of).toList());
    }

    @PostMapping(path = "/assessment-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "startAssessment", summary = "Start an assessment of the client from a template")
    @Answers(status = 201, data = AssessmentResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> start(@Valid @RequestBody StartAssessmentRequest request, @Visible ClientView client) {
        if (!TemplateId.isWellFormed(request.templateId())) {
            throw ApiException.invalid(
                    "template_id", "The template_id field names no template available to this tenant.");
        }
        var assessmentId = AssessmentId.mint();
        var command = new StartAssessment(
                client.tenantId(),
                assessmentId,
                client.id(),
                request.name(),
                new TemplateId(request.templateId()),
                clock.now());
        var read = new Writes.Read<>(
                new GetAssessment(client.tenantId(), assessmentId),
                GetAssessment.Result.class,
                result -> result.found().isPresent());
        var location = URI.create(base(client) + "/assessment-events/" + assessmentId.value());
        return writes.create(
                command, read, result -> AssessmentResponse.of(result.assessment()), location, assessmentId.value());
    }

    @GetMapping("/assessment-events/{assessmentId}")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(operationId = "getAssessment", summary = "One assessment of the client")
    Envelope<AssessmentResponse> get(@Visible AssessmentView assessment) {
        return Envelope.of(AssessmentResponse.of(assessment));
    }

    @PutMapping(path = "/assessment-events/{assessmentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(
            operationId = "putAssessmentAnswers",
            summary = "Record answers (PUT or POST); answers already given are replaced, unchanged ones ignored")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> answer(
            @Valid @RequestBody RecordAnswersRequest request, @Visible AssessmentView assessment) {
        var answers = request.toAnswers();
        Long sequence =
                commands.sendAndWait(new RecordAnswers(assessment.tenantId(), assessment.id(), answers, clock.now()));
        return Envelope.of(AssessmentResponse.of(awaitRevision(assessment.tenantId(), assessment.id(), sequence)));
    }

    /** The seed records answers with POST; a method of its own gives each verb its own operationId. */
    @PostMapping(path = "/assessment-events/{assessmentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "postAssessmentAnswers", summary = "Record answers, as PUT does")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> answerByPost(
            @Valid @RequestBody RecordAnswersRequest request, @Visible AssessmentView assessment) {
        return answer(request, assessment);
    }

    @PostMapping("/assessment-events/{assessmentId}/complete")
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "completeAssessment", summary = "Complete the assessment; its score is recorded with it")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> complete(@Visible AssessmentView assessment) {
        Long sequence =
                commands.sendAndWait(new CompleteAssessment(assessment.tenantId(), assessment.id(), clock.now()));
        return Envelope.of(AssessmentResponse.of(awaitRevision(assessment.tenantId(), assessment.id(), sequence)));
    }

    private AssessmentView awaitRevision(TenantId tenant, AssessmentId id, Long sequence) {
        var read = new Writes.Read<>(
                new GetAssessment(tenant, id),
                GetAssessment.Result.class,
                result ->
                        result.found().map(view -> view.revision() >= sequence).orElse(false));
        return writes.changed(
                        read, "The change was recorded but is not visible yet; read the assessment again shortly.")
                .assessment();
    }

    private static String base(ClientView client) {
        return "/api/v3/companies/" + client.tenantId().value() + "/clients/"
                + client.id().value();
    }
}
