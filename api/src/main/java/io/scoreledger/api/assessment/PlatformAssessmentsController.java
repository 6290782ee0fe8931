package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.tenancy.Visibility;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.Writes;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.assessment.commands.CalculateAssessmentScore;
import io.scoreledger.assessment.commands.DeleteAssessment;
import io.scoreledger.assessment.queries.AssessmentItemView;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The platform API's assessment routes: camelCase, the tenant from the credential or tenantId. */
@RestController
@RequestMapping(path = "/api/v1/assessments/{assessmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Assessments (platform API)", description = "Score, download and delete an assessment.")
record PlatformAssessmentsController(
        CommandGateway commands, Writes writes, Visibility visibility, RequestClock clock) {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final String CSV_HEADER = "question_id,section,question,answer_type,weight,answer";

    record Scored(
            String assessmentId,
            @Nullable Double score,
            @JsonProperty("method_version") @Nullable String methodVersion) {}

    record Deleted(String assessmentId, boolean deleted) {}

    @Schema(name = "AssessmentDownload")
    record Download(
            String assessmentId,
            String name,
            String clientId,
            AssessmentResponse.Template template,
            String status,
            double completionPercentage,
            @Nullable Double score,
            @Nullable String scoreMethod,
            Instant startedAt,
            @Nullable Instant completedAt,
            @Nullable String version,
            List<Item> answers) {}

    @Schema(name = "AssessmentDownloadItem")
    record Item(
            String questionId,
            String section,
            String question,
            String answerType,
            double weight,
            @Nullable String answer) {}

    @PostMapping("/calculate-score")
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(
            operationId = "calculateAssessmentScore",
            summary = "Recompute the score from the recorded answers and record it")
    @Answers(errors = 503)
    Envelope<Scored> calculateScore(
            @AuthenticationPrincipal Caller caller, @PathVariable String assessmentId, @ActingTenant TenantId tenant) {
        var assessment = visibility.assessment(caller, tenant, assessmentId).assessment();
        Long sequence = commands.sendAndWait(new CalculateAssessmentScore(tenant, assessment.id(), clock.now()));
        var read = new Writes.Read<>(
                new GetAssessment(tenant, assessment.id()),
                GetAssessment.Result.class,
                result ->
                        result.found().map(view -> view.revision() >= sequence).orElse(false));
        var scored = writes.changed(
                        read, "The score was recorded but is not visible yet; read the assessment again shortly.")
                .assessment();
        return Envelope.of(new Scored(scored.id().value(), scored.score(), scored.scoreMethod()));
    }

    @GetMapping(
            path = "/download",
            produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @RequiresScope(Scope.ASSESSMENTS_READ)
    @Operation(
            operationId = "downloadAssessment",
            summary = "The assessment with its answers and score, as JSON or (format=csv or Accept: text/csv) CSV")
    @Answers(data = Download.class, textMediaTypes = "text/csv")
    ResponseEntity<?> download(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String assessmentId,
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String format,
            HttpServletRequest request) {
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw ApiException.invalid("format", "The format parameter must be json or csv.");
        }
        var found = visibility.assessment(caller, tenant, assessmentId);
        if (wantsCsv(format, request.getHeader(HttpHeaders.ACCEPT))) {
            return ResponseEntity.ok()
                    .contentType(TEXT_CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"" + found.assessment().id().value() + ".csv\"")
                    .body(csv(found.items()));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(Envelope.of(download(found.assessment(), found.items())));
    }

    @DeleteMapping
    @RequiresScope(Scope.ASSESSMENTS_WRITE)
    @Operation(
            operationId = "deleteAssessment",
            summary = "Delete the assessment: recorded as an event, gone from reads, kept in the history")
    @Answers(errors = 503)
    Envelope<Deleted> delete(
            @AuthenticationPrincipal Caller caller, @PathVariable String assessmentId, @ActingTenant TenantId tenant) {
        var assessment = visibility.assessment(caller, tenant, assessmentId).assessment();
        commands.sendAndWait(new DeleteAssessment(tenant, assessment.id(), clock.now()));
        writes.changed(
                new Writes.Read<>(
                        new GetAssessment(tenant, assessment.id()),
                        GetAssessment.Result.class,
                        result -> result.found().isEmpty()),
                "The deletion was recorded but is not visible yet; retry shortly.");
        return Envelope.of(new Deleted(assessment.id().value(), true));
    }

    private static boolean wantsCsv(String format, String accept) {
        if (format != null) {
            return format.equals("csv");
        }
        if (accept == null) {
            return false;
        }
        double csv = 0;
        double json = 0;
        for (var type : MediaType.parseMediaTypes(accept)) {
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                csv = Math.max(csv, type.getQualityValue());
            } else if (type.getType().equals("application") && type.getSubtype().equals("json")) {
                json = Math.max(json, type.getQualityValue());
            }
        }
        return csv > 0 && csv >= json;
    }

    private static Download download(AssessmentView view, List<AssessmentItemView> items) {
        return new Download(
                view.id().value(),
                view.name(),
                view.clientId().value(),
                new AssessmentResponse.Template(view.templateId().value(), view.templateName()),
                view.status(),
                view.completionPercentage(),
                view.score(),
                view.scoreMethod(),
                view.startedAt(),
                view.completedAt(),
                view.version(),
                items.stream()
                        .map(item -> new Item(
                                item.questionId(),
                                item.section(),
                                item.question(),
                                item.answerType().wireName(),
                                item.weight(),
                                item.answer()))
                        .toList());
    }

    static String csv(List<AssessmentItemView> items) {
        var out = new StringBuilder(CSV_HEADER).append("\r\n");
        for (var item : items) {
            out.append(cell(item.questionId()))
                    .append(',')
                    .append(cell(item.section()))
                    .append(',')
                    .append(cell(item.question()))
                    .append(',')
                    .append(item.answerType().wireName())
                    .append(',')
                    .append(BigDecimal.valueOf(item.weight())
                            .stripTrailingZeros()
                            .toPlainString())
                    .append(',')
                    .append(cell(item.answer()))
                    .append("\r\n");
        }
        return out.toString();
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        var safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
