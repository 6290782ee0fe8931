package io.scoreledger.command.report;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the report aggregate; infra renders and archives the documents. */
public final class ReportCommandModule implements ConfigurerModule {

    private final ReportArchive archive;

    public ReportCommandModule(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(Report.class);
        configurer.registerCommandHandler(configuration -> new ReportGeneration(
                configuration.repository(Report.class), TenancyCommandModule.knownCompanies(configuration), archive));
    }
}
