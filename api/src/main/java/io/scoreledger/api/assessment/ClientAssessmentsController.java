package io.scoreledger.api.assessment;

import io.scoreledger.api.tenancy.Visibility;
import io.scoreledger.tenancy.queries.ClientView;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.Creations;
import io.scoreledger.api.web.RequestClock;
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
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TemplateId;
import io.scoreledger.ids.TenantId;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(
        path = "/api/v3/companies/{companyId}/clients/{clientId}",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments", description = "Assessment templates and a client's assessments (assessment events).")
record ClientAssessmentsController(
        CommandGateway commands, QueryGateway queries, Creations writes, Visibility visibility, RequestClock clock) {

    private static final int CATEGORY_MAX = 100;

    @GetMapping("/assessment-templates")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(operationId = "listAssessmentTemplates", summary = "Templates available for new assessments: the global ones and the tenant's own")
    Envelope<List<TemplateResponse>> templates(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @Parameter(description = "Include global templates (default true)")
                    @RequestParam(name = "global", required = false, defaultValue = "true")
                    boolean includeGlobal,
            @Parameter(description = "Only templates of this category (ignoring case)") @RequestParam(required = false)
                    String category) {
        var tenant = visibleClient(caller, companyId, clientId).tenant();
        if (category != null && category.length() > CATEGORY_MAX) {
            throw ApiException.invalid(
                    "category", "The category parameter must not be longer than " + CATEGORY_MAX + " characters.");
        }
        var result = queries.query(
                        new FindAssessmentTemplates(tenant, includeGlobal, category), FindAssessmentTemplates.Result.class)
                .join();
        return Envelope.of(result.templates().stream().map(TemplateResponse::of).toList());
    }

    @PostMapping(path = "/assessment-templates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "createAssessmentTemplate", summary = "Add a template of the tenant's own")
    @Answers(status = 201, data = TemplateResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> createTemplate(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @Valid @RequestBody CreateTemplateRequest request) {
        var path = visibleClient(caller, companyId, clientId);
        var templateId = TemplateId.mint();
        var command = new CreateAssessmentTemplate(
                path.tenant(), templateId, request.name(), request.category(), request.drafts(), clock.now());
        var read = new Creations.Read<>(new GetAssessmentTemplate(path.tenant(), templateId),
                GetAssessmentTemplate.Result.class, result -> result.found().isPresent());
        var location = URI.create(path.base() + "/assessment-templates?global=false");
        return writes.create(command, read, result -> TemplateResponse.of(result.template()), location, templateId.value());
    }

    @GetMapping("/assessment-events")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(operationId = "listAssessments", summary = "The client's assessments, oldest first")
    Envelope<List<AssessmentResponse>> list(
            @AuthenticationPrincipal Caller caller, @PathVariable String companyId, @PathVariable String clientId) {
        var path = visibleClient(caller, companyId, clientId);
        var result = queries.query(new FindAssessments(path.tenant(), path.client()), FindAssessments.Result.class)
                .join();
        return Envelope.of(result.assessments().stream().map(AssessmentResponse::of).toList());
    }

    @PostMapping(path = "/assessment-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "startAssessment", summary = "Start an assessment of the client from a template")
    @Answers(status = 201, data = AssessmentResponse.class, accepted = Accepted.class)
    ResponseEntity<Envelope<?>> start(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @Valid @RequestBody StartAssessmentRequest request) {
        var path = visibleClient(caller, companyId, clientId);
        if (!TemplateId.isWellFormed(request.templateId())) {
            throw ApiException.invalid(
                    "template_id", "The template_id field names no template available to this tenant.");
        }
        var assessmentId = AssessmentId.mint();
        var command = new StartAssessment(
                path.tenant(), assessmentId, path.client(), request.name(), new TemplateId(request.templateId()),
                clock.now());
        var read = new Creations.Read<>(new GetAssessment(path.tenant(), assessmentId), GetAssessment.Result.class,
                result -> result.found().isPresent());
        var location = URI.create(path.base() + "/assessment-events/" + assessmentId.value());
        return writes.create(command, read, result -> AssessmentResponse.of(result.assessment()), location,
                assessmentId.value());
    }

    @GetMapping("/assessment-events/{assessmentId}")
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(operationId = "getAssessment", summary = "One assessment of the client")
    Envelope<AssessmentResponse> get(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @PathVariable String assessmentId) {
        var path = visibleClient(caller, companyId, clientId);
        return Envelope.of(AssessmentResponse.of(existing(path, assessmentId)));
    }

    @PutMapping(path = "/assessment-events/{assessmentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "putAssessmentAnswers", summary = "Record answers (PUT or POST); answers already given are replaced, unchanged ones ignored")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> answer(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @PathVariable String assessmentId,
            @Valid @RequestBody RecordAnswersRequest request) {
        var path = visibleClient(caller, companyId, clientId);
        var assessment = existing(path, assessmentId);
        var answers = request.toAnswers();
        Long sequence = commands.sendAndWait(new RecordAnswers(path.tenant(), assessment.id(), answers, clock.now()));
        return Envelope.of(AssessmentResponse.of(awaitRevision(path.tenant(), assessment.id(), sequence)));
    }

    /** The seed records answers with POST; a method of its own gives each verb its own operationId. */
    @PostMapping(path = "/assessment-events/{assessmentId}/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "postAssessmentAnswers", summary = "Record answers, as PUT does")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> answerByPost(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @PathVariable String assessmentId,
            @Valid @RequestBody RecordAnswersRequest request) {
        return answer(caller, companyId, clientId, assessmentId, request);
    }

    @PostMapping("/assessment-events/{assessmentId}/complete")
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(operationId = "completeAssessment", summary = "Complete the assessment; its score is recorded with it")
    @Answers(errors = 503)
    Envelope<AssessmentResponse> complete(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String companyId,
            @PathVariable String clientId,
            @PathVariable String assessmentId) {
        var path = visibleClient(caller, companyId, clientId);
        var assessment = existing(path, assessmentId);
        Long sequence = commands.sendAndWait(new CompleteAssessment(path.tenant(), assessment.id(), clock.now()));
        return Envelope.of(AssessmentResponse.of(awaitRevision(path.tenant(), assessment.id(), sequence)));
    }

    private AssessmentView awaitRevision(TenantId tenant, AssessmentId id, Long sequence) {
        var read = new Creations.Read<>(new GetAssessment(tenant, id), GetAssessment.Result.class,
                result -> result.found().map(view -> view.revision() >= sequence).orElse(false));
        return writes.changed(read, "The change was recorded but is not visible yet; read the assessment again shortly.")
                .assessment();
    }

    private record ClientPath(ClientView view) {

        TenantId tenant() {
            return view.tenantId();
        }

        ClientId client() {
            return view.id();
        }

        String base() {
            return "/api/v3/companies/" + tenant().value() + "/clients/" + client().value();
        }
    }

    private ClientPath visibleClient(Caller caller, String companyId, String clientId) {
        return new ClientPath(visibility.client(caller, companyId, clientId));
    }

    private AssessmentView existing(ClientPath path, String assessmentId) {
        return visibility.assessment(path.view(), assessmentId);
    }
}
