package io.scoreledger.infra.report;

import io.scoreledger.report.queries.FindReports;
import io.scoreledger.report.queries.GetReportDocument;
import org.axonframework.queryhandling.QueryHandler;

/** Answers from the archive itself: a report never changes, and its row is committed with its event. */
class ReportQueryHandler {

    private final ReportDocuments documents;

    ReportQueryHandler(ReportDocuments documents) {
        this.documents = documents;
    }

    @QueryHandler
    FindReports.Result handle(FindReports query) {
        return new FindReports.Result(documents.findByTenant(query.tenantId()));
    }

    @QueryHandler
    GetReportDocument.Result handle(GetReportDocument query) {
        return documents
                .find(query.tenantId(), query.reportId())
                .map(report -> new GetReportDocument.Result(report, documents.content(report.id())))
                .orElseGet(() -> new GetReportDocument.Result(null, null));
    }
}
