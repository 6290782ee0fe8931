package io.scoreledger.command.report;

import io.scoreledger.command.tenancy.KnownCompanies;
import io.scoreledger.ids.ReportId;
import io.scoreledger.report.commands.GenerateReport;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;

/** Checks the request before the (costly) rendering, archives the document, then records the report. */
class ReportGeneration {

    private final Repository<Report> reports;
    private final KnownCompanies companies;
    private final ReportArchive archive;

    ReportGeneration(Repository<Report> reports, KnownCompanies companies, ReportArchive archive) {
        this.reports = reports;
        this.companies = companies;
        this.archive = archive;
    }

    @CommandHandler
    ReportId handle(GenerateReport command) throws Exception {
        if (command.reportType() == null) {
            throw new InvalidCommandException("reportType", "The reportType field is required.");
        }
        if (command.reportType().needsAssessment() && command.assessmentId() == null) {
            throw new InvalidCommandException(
                    "assessmentId", "The assessmentId field is required for an ASSESSMENT_DETAIL report.");
        }
        if (!companies.exists(command.tenantId())) {
            throw new UnknownResourceException("Company not found.");
        }
        var archived = archive.archive(command);
        reports.newInstance(() -> new Report(command, archived));
        return command.reportId();
    }
}
