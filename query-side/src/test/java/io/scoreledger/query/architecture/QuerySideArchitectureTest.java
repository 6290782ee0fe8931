package io.scoreledger.query.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyFieldsThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.Test;

class QuerySideArchitectureTest {

    private static final String GENERATED_JOOQ = "io.scoreledger.query.jooq..";

    private static final JavaClasses QUERY_SIDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger.query");

    @Test
    void only_repositories_and_generated_code_use_jooq() {
        noClasses()
                .that(DescribedPredicate.not(repositories()).as("are not repositories"))
                .and()
                .resideOutsideOfPackage(GENERATED_JOOQ)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jooq..")
                .because("projectors and query handlers speak in events and Result records, not SQL")
                .check(QUERY_SIDE);
    }

    @Test
    void query_side_depends_on_neither_the_command_side_nor_the_api() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.scoreledger.command..", "io.scoreledger.api..")
                .check(QUERY_SIDE);
    }

    @Test
    void query_side_declares_no_aggregates() {
        noClasses()
                .should(have(containAnyFieldsThat(annotatedWith(AggregateIdentifier.class))
                        .as("a field annotated with @AggregateIdentifier")))
                .because("only the command side declares aggregates")
                .check(QUERY_SIDE);
    }

    @Test
    void query_handlers_return_shared_kernel_results() {
        methods()
                .that()
                .areAnnotatedWith(QueryHandler.class)
                .should()
                .haveRawReturnType(resideInAPackage("io.scoreledger..queries.."))
                .because("query handlers return shared-kernel Result records, never jOOQ records")
                .check(QUERY_SIDE);
    }

    /** A repository's nested and anonymous classes are part of it. */
    private static DescribedPredicate<JavaClass> repositories() {
        return DescribedPredicate.describe("repositories", javaClass -> {
            Optional<JavaClass> current = Optional.of(javaClass);
            while (current.isPresent()) {
                if (current.get().getSimpleName().endsWith("Repository")) {
                    return true;
                }
                current = current.get().getEnclosingClass();
            }
            return false;
        });
    }
}
