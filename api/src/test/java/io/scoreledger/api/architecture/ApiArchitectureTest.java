package io.scoreledger.api.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.scoreledger.api.security.AnyCaller;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.security.TenantSelection;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

class ApiArchitectureTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.scoreledger.api");

    @Test
    void api_depends_on_neither_persistence_nor_the_other_modules() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.jooq..",
                        "java.sql..",
                        "io.scoreledger.command..",
                        "io.scoreledger.query..",
                        "io.scoreledger.infra..")
                .because("the api only sends messages and maps the answers")
                .check(API);
    }

    @Test
    void api_talks_to_axon_only_through_the_gateways() {
        noClasses()
                .should()
                .dependOnClassesThat(axonTypesOtherThanGatewaysAndExceptions())
                .check(API);
    }

    @Test
    void controllers_are_package_private() {
        classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .notBePublic()
                .because("only Spring calls a controller")
                .check(API);
    }

    @Test
    void every_route_declares_the_scope_it_needs() {
        methods()
                .that()
                .areMetaAnnotatedWith(RequestMapping.class)
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("io.scoreledger.api.error..")
                .should()
                .beAnnotatedWith(RequiresScope.class)
                .orShould()
                .beAnnotatedWith(AnyCaller.class)
                .because("a route without a declared scope is refused at run time; say which scope it needs")
                .check(API);
    }

    @Test
    void routes_receive_the_acting_tenant_rather_than_resolve_it() {
        noClasses()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should()
                .callMethod(TenantSelection.class, "resolve", Caller.class, String.class, HttpServletRequest.class)
                .because("an @ActingTenant TenantId parameter names it, and the OpenAPI document lists its tenantId")
                .check(API);
    }

    private static DescribedPredicate<JavaClass> axonTypesOtherThanGatewaysAndExceptions() {
        DescribedPredicate<JavaClass> allowed = resideInAnyPackage(
                        "org.axonframework.commandhandling.gateway..", "org.axonframework.messaging.responsetypes..")
                .or(type(QueryGateway.class))
                .or(simpleNameEndingWith("Exception"));
        return resideInAPackage("org.axonframework..")
                .and(not(allowed))
                .as("are Axon types other than the command and query gateways, response types and exceptions");
    }
}
