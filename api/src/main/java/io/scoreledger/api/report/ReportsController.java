package io.scoreledger.api.report;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.assessment.queries.GetAssessment;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import io.scoreledger.report.commands.GenerateReport;
import io.scoreledger.report.queries.FindReports;
import io.scoreledger.report.queries.GetReportDocument;
import io.scoreledger.report.queries.ReportView;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Immutable PDF reports, each pinned to an event-log position and the tenant's audit chain hash. Generation answers
 * once the document is archived and the ReportGenerated event is durable, so the report is listed at once.
 */
@RestController
@RequestMapping(path = "/api/v1/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports", description = "Generate, list and download immutable PDF reports.")
record ReportsController(CommandGateway commands, QueryGateway queries, RequestClock clock) {

    static final String REPORT_NOT_FOUND = "Report not found.";
    static final String ASSESSMENT_NOT_FOUND = "The assessmentId field must name an assessment of this tenant.";

    record Generated(String reportId, String status) {}

    record Items<T>(List<T> items) {}

    @PostMapping(path = "/generate", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.REPORTS_WRITE)
    @Operation(
            operationId = "generateReport",
            summary = "Render a BOARD_PACK, EXECUTIVE_SUMMARY or ASSESSMENT_DETAIL report and archive it")
    @Answers(status = 201, errors = 503)
    ResponseEntity<Envelope<Generated>> generate(
            @AuthenticationPrincipal Caller caller,
            @RequestBody GenerateReportRequest body,
            HttpServletRequest request) {
        var tenant = TenantSelection.resolveWithBody(caller, body.tenantId(), request);
        var type = reportType(body.reportType());
        var assessment = assessment(caller, tenant, type, body.assessmentId());
        var id = ReportId.mint();
        ReportId generated = commands.sendAndWait(new GenerateReport(tenant, id, type, assessment, clock.now()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + generated.value() + "/download"))
                .body(Envelope.of(new Generated(generated.value(), ReportView.AVAILABLE)));
    }

    @GetMapping
    @RequiresScope(Scope.REPORTS_READ)
    @Operation(operationId = "listReports", summary = "The tenant's reports, newest first")
    Envelope<Items<ReportResponse>> list(@AuthenticationPrincipal Caller caller, @ActingTenant TenantId tenant) {
        var reports = queries.query(new FindReports(tenant), FindReports.Result.class)
                .join()
                .reports();
        return Envelope.of(new Items<>(reports.stream()
                .filter(report -> visibleTo(caller, report))
                .map(ReportResponse::of)
                .toList()));
    }

    @GetMapping(
            path = "/{reportId}/download",
            produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @RequiresScope(Scope.REPORTS_READ)
    @Operation(
            operationId = "downloadReport",
            summary = "The archived PDF, byte for byte as generated; the ETag is its SHA-256")
    @Answers(fileMediaType = MediaType.APPLICATION_PDF_VALUE, notModified = true)
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal Caller caller,
            @PathVariable String reportId,
            @ActingTenant TenantId tenant,
            HttpServletRequest request) {
        if (!ReportId.isWellFormed(reportId)) {
            throw ApiException.notFound(REPORT_NOT_FOUND);
        }
        var document = queries.query(
                        new GetReportDocument(tenant, new ReportId(reportId)), GetReportDocument.Result.class)
                .join();
        var report = document.found()
                .filter(found -> visibleTo(caller, found))
                .orElseThrow(() -> ApiException.notFound(REPORT_NOT_FOUND));
        var etag = "\"" + report.sha256() + "\"";
        if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(etag)
                .header("X-Content-SHA256", report.sha256())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(report.id().value() + "-"
                                        + report.reportType().name().toLowerCase() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=31536000, immutable")
                .body(document.content());
    }

    private static ReportType reportType(String requested) {
        if (requested == null || requested.isBlank()) {
            throw ApiException.invalid("reportType", "The reportType field is required.");
        }
        return ReportType.fromWireName(requested.strip())
                .orElseThrow(() -> ApiException.invalid(
                        "reportType",
                        "The reportType field must be one of "
                                + Arrays.stream(ReportType.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", "))
                                + "."));
    }

    /** Missing, deleted, another tenant's, or of a client the caller may not see: all answered alike. */
    private AssessmentId assessment(Caller caller, TenantId tenant, ReportType type, String requested) {
        if (requested == null || requested.isBlank()) {
            if (type.needsAssessment()) {
                throw ApiException.invalid(
                        "assessmentId", "The assessmentId field is required for an ASSESSMENT_DETAIL report.");
            }
            return null;
        }
        if (!AssessmentId.isWellFormed(requested.strip())) {
            throw ApiException.invalid("assessmentId", ASSESSMENT_NOT_FOUND);
        }
        var id = new AssessmentId(requested.strip());
        var found = queries.query(new GetAssessment(tenant, id), GetAssessment.Result.class)
                .join()
                .found();
        if (found.filter(view -> caller.maySee(view.clientId())).isEmpty()) {
            throw ApiException.invalid("assessmentId", ASSESSMENT_NOT_FOUND);
        }
        return id;
    }

    /**
     * Tenant-wide reports hold every client's figures, so a caller narrowed to some clients sees only the assessment
     * reports of its own clients' assessments.
     */
    private boolean visibleTo(Caller caller, ReportView report) {
        if (caller.seesEveryClient()) {
            return true;
        }
        if (report.reportType() != ReportType.ASSESSMENT_DETAIL || report.assessmentId() == null) {
            return false;
        }
        return queries.query(new GetAssessment(report.tenantId(), report.assessmentId()), GetAssessment.Result.class)
                .join()
                .found()
                .filter(view -> caller.maySee(view.clientId()))
                .isPresent();
    }
}
