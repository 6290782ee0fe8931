package io.scoreledger.infra.report;

import io.scoreledger.command.report.ReportCommandModule;
import io.scoreledger.infra.cluster.SharedTokens;
import io.scoreledger.query.assessment.AssessmentProjector;
import io.scoreledger.query.audit.AuditProjector;
import io.scoreledger.query.employee.ScoreProjector;
import io.scoreledger.query.organization.OrganizationProjector;
import io.scoreledger.query.policy.PolicyProjector;
import io.scoreledger.query.tenancy.TenancyProjector;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
@EnableConfigurationProperties(ReportProperties.class)
class ReportConfiguration {

    @Bean
    ReportDocuments reportDocuments(JdbcTemplate jdbc) {
        return new ReportDocuments(jdbc);
    }

    /** The gateways and processors are built from the modules, so the archive reaches them lazily. */
    @Bean
    ConfigurerModule reportCommandModule(
            JdbcTemplate jdbc,
            ReportDocuments documents,
            ObjectProvider<QueryGateway> queries,
            ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<SharedTokens> sharedTokens,
            ReportProperties settings) {
        var catchUp = new ProjectionCatchUp(
                processing,
                sharedTokens,
                List.of(
                        TenancyProjector.PROCESSING_GROUP,
                        ScoreProjector.PROCESSING_GROUP,
                        OrganizationProjector.PROCESSING_GROUP,
                        AssessmentProjector.PROCESSING_GROUP,
                        PolicyProjector.PROCESSING_GROUP,
                        AuditProjector.PROCESSING_GROUP),
                settings.catchUpTimeout());
        return new ReportCommandModule(new JdbcReportArchive(
                new EventLogPosition(jdbc), catchUp, new ReportSources(queries), documents, queries));
    }

    @Bean
    ReportQueryHandler reportQueryHandler(ReportDocuments documents) {
        return new ReportQueryHandler(documents);
    }
}
