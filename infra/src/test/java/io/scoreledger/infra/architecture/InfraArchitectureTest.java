package io.scoreledger.infra.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyFieldsThat;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;

class InfraArchitectureTest {

    private static final JavaClasses INFRA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger.infra");

    @Test
    void infra_declares_no_aggregate_identifiers() {
        noClasses()
                .should(have(containAnyFieldsThat(annotatedWith(AggregateIdentifier.class))
                        .as("a field annotated with @AggregateIdentifier")))
                .because("only the command side declares aggregates")
                .check(INFRA);
    }

    @Test
    void infra_declares_no_spring_aggregates() {
        noClasses()
                .should()
                .beMetaAnnotatedWith(Aggregate.class)
                .because("only the command side declares aggregates, registered without Spring stereotypes")
                .check(INFRA);
    }
}
