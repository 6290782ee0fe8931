package io.scoreledger.query.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.containAnyFieldsThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.scoreledger.query.ProjectionReads;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
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

    @Test
    void repositories_read_no_other_projections_tables_but_the_declared_ones() {
        classes()
                .that(repositories().as("are repositories"))
                .and()
                .resideOutsideOfPackage(GENERATED_JOOQ)
                .should(referenceOnlyTablesTheirProjectionOwnsOrDeclaresIn(QUERY_SIDE))
                .because("each projection owns its tables; a join into another's is declared in ProjectionReads, so a"
                        + " rebuild's effect on its readers is known")
                .check(QUERY_SIDE);
    }

    /**
     * A table is owned by the one projection whose repositories reference it without a declaration; a table that
     * the repositories of two projections reference, neither of them declared, has no owner and fails the rule.
     */
    private static ArchCondition<JavaClass> referenceOnlyTablesTheirProjectionOwnsOrDeclaresIn(JavaClasses all) {
        var groupOf = processingGroupsByFeature(all);
        var declared = new HashSet<String>();
        for (var read : ProjectionReads.DECLARED) {
            if (!groupOf.containsValue(read.reader()) || !groupOf.containsValue(read.owner())) {
                throw new IllegalStateException("ProjectionReads names an unknown processing group: " + read);
            }
            read.tables().forEach(table -> declared.add(read.reader() + "->" + table.getSimpleName()));
        }
        var undeclaredReaders = new HashMap<String, Set<String>>();
        all.stream()
                .filter(repositories())
                .forEach(repository -> tablesOf(repository).forEach(table -> {
                    if (!declared.contains(groupOf.get(feature(repository)) + "->" + table)) {
                        undeclaredReaders
                                .computeIfAbsent(table, ignored -> new TreeSet<>())
                                .add(feature(repository));
                    }
                }));
        return new ArchCondition<>("reference only tables of their own projection or declared in ProjectionReads") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (var table : tablesOf(repository)) {
                    var features = undeclaredReaders.getOrDefault(table, Set.of());
                    if (features.size() > 1 && features.contains(feature(repository))) {
                        events.add(SimpleConditionEvent.violated(
                                repository,
                                repository.getName() + " references table " + table + ", which the repositories of "
                                        + features + " all reference: declare the read in ProjectionReads or keep"
                                        + " the columns in a table of the reading projection"));
                    }
                }
            }
        };
    }

    /** The generated tables a class names: table classes, their records, and the fields of Tables. */
    private static Set<String> tablesOf(JavaClass javaClass) {
        var tables = new TreeSet<String>();
        for (var dependency : javaClass.getDirectDependenciesFromSelf()) {
            var target = dependency.getTargetClass().getBaseComponentType();
            if (target.getPackageName().equals("io.scoreledger.query.jooq.tables")) {
                tables.add(target.getSimpleName());
            } else if (target.getPackageName().equals("io.scoreledger.query.jooq.tables.records")) {
                tables.add(target.getSimpleName().replaceFirst("Record$", ""));
            }
        }
        for (var access : javaClass.getFieldAccessesFromSelf()) {
            if (access.getTarget().getOwner().getName().equals("io.scoreledger.query.jooq.Tables")) {
                access.getTarget()
                        .resolveMember()
                        .ifPresent(field -> tables.add(field.getRawType().getSimpleName()));
            }
        }
        return tables;
    }

    private static Map<String, String> processingGroupsByFeature(JavaClasses all) {
        var groups = new HashMap<String, String>();
        all.stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(ProcessingGroup.class))
                .forEach(projector -> groups.put(
                        feature(projector),
                        projector.getAnnotationOfType(ProcessingGroup.class).value()));
        return groups;
    }

    /** The feature package a class lives in: {@code score} for {@code io.scoreledger.query.employee.ScoreRepository}. */
    private static String feature(JavaClass javaClass) {
        var rest = javaClass.getPackageName().substring("io.scoreledger.query".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
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
