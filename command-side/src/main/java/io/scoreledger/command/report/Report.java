package io.scoreledger.command.report;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.scoreledger.ids.ReportId;
import io.scoreledger.report.commands.GenerateReport;
import io.scoreledger.report.events.ReportGenerated;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/** A report is a fact, never changed once generated: the aggregate only records it, so no command follows. */
class Report {

    @AggregateIdentifier
    private ReportId reportId;

    Report() {}

    Report(GenerateReport command, ReportArchive.Archived archived) {
        apply(new ReportGenerated(
                command.tenantId(),
                command.reportId(),
                command.reportType(),
                command.assessmentId(),
                archived.position(),
                archived.chainHash(),
                archived.sha256(),
                archived.sizeBytes(),
                archived.asOf(),
                command.requestedAt()));
    }

    @EventSourcingHandler
    void on(ReportGenerated event) {
        reportId = event.reportId();
    }
}
