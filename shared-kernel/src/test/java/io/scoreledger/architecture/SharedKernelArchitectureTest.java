package io.scoreledger.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.scoreledger.ids.TenantId;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

class SharedKernelArchitectureTest {

    private static final String COMMANDS = "io.scoreledger..commands..";
    private static final String EVENTS = "io.scoreledger..events..";
    private static final String QUERIES = "io.scoreledger..queries..";

    private static final JavaClasses SHARED_KERNEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger");

    @Test
    void shared_kernel_depends_only_on_the_jdk_and_axon_and_nullness_annotations() {
        classes()
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage("java..", "io.scoreledger..", "org.jspecify.annotations..")
                        .or(type(TargetAggregateIdentifier.class))
                        .or(type(Revision.class)))
                .because("every module reads the messages, so they must not drag a framework along")
                .check(SHARED_KERNEL);
    }

    @Test
    void messages_are_records_or_interfaces() {
        classes()
                .that()
                .resideInAnyPackage(COMMANDS, EVENTS, QUERIES)
                .and()
                .areTopLevelClasses()
                .should()
                .beRecords()
                .orShould()
                .beInterfaces()
                .because("messages are immutable values; an aggregate's events share a sealed interface")
                .check(SHARED_KERNEL);
    }

    @Test
    void every_command_and_event_carries_its_tenant_id_first() {
        classes()
                .that()
                .resideInAnyPackage(COMMANDS, EVENTS)
                .and()
                .areTopLevelClasses()
                .and()
                .areRecords()
                .should(declareTenantIdAsFirstRecordComponent())
                .because("tenancy is business data, not metadata")
                .check(SHARED_KERNEL);
    }

    @Test
    void query_results_are_records() {
        classes()
                .that()
                .resideInAPackage(QUERIES)
                .and()
                .areNestedClasses()
                .and()
                .haveSimpleName("Result")
                .should()
                .beRecords()
                .check(SHARED_KERNEL);
    }

    private static ArchCondition<JavaClass> declareTenantIdAsFirstRecordComponent() {
        return new ArchCondition<>("declare TenantId tenantId as their first record component") {
            @Override
            public void check(JavaClass record, ConditionEvents events) {
                RecordComponent[] components = record.reflect().getRecordComponents();
                boolean tenantIdFirst = components.length > 0
                        && components[0].getType() == TenantId.class
                        && components[0].getName().equals("tenantId");
                String message = "%s has record components (%s) in %s"
                        .formatted(record.getName(), describe(components), record.getSourceCodeLocation());
                events.add(new SimpleConditionEvent(record, tenantIdFirst, message));
            }
        };
    }

    private static String describe(RecordComponent[] components) {
        return Arrays.stream(components)
                .map(component -> component.getType().getSimpleName() + " " + component.getName())
                .collect(Collectors.joining(", "));
    }
}
