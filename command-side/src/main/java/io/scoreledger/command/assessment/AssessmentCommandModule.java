package io.scoreledger.command.assessment;

import io.scoreledger.command.tenancy.TenancyCommandModule;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the template and assessment aggregates and their creating handlers. */
public final class AssessmentCommandModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AssessmentTemplate.class);
        configurer.configureAggregate(Assessment.class);
        configurer.registerCommandHandler(configuration -> new TemplateCreation(
                configuration.repository(AssessmentTemplate.class),
                TenancyCommandModule.knownCompanies(configuration)));
        configurer.registerCommandHandler(configuration -> new AssessmentStarting(
                configuration.repository(Assessment.class),
                new EventSourcedTemplates(configuration.repository(AssessmentTemplate.class))));
    }
}
