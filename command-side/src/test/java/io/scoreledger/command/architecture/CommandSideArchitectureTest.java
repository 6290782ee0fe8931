package io.scoreledger.command.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyFieldsThat;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.junit.jupiter.api.Test;

class CommandSideArchitectureTest {

    private static final JavaClasses COMMAND_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger.command");

    @Test
    void command_side_depends_on_neither_spring_nor_persistence_nor_other_modules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "org.jooq..",
                        "java.sql..",
                        "io.scoreledger.query..",
                        "io.scoreledger.api..")
                .because("the domain is plain Axon; wiring and storage belong to infra")
                .check(COMMAND_SIDE);
    }

    @Test
    void aggregates_are_not_public() {
        classes()
                .that(containAnyFieldsThat(annotatedWith(AggregateIdentifier.class))
                        .as("declare a field annotated with @AggregateIdentifier"))
                .should()
                .notBePublic()
                .because("only the command bus reaches an aggregate")
                .check(COMMAND_SIDE);
    }
}
