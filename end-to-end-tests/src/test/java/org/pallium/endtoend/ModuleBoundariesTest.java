package org.pallium.endtoend;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.Architectures;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The boundaries between modules and the shape inside each service, checked on the compiled main
 * classes of every module (the services are not on this module's class path, by design).
 */
class ModuleBoundariesTest {

    private static final String[] SERVICES = {"gateway", "inpatient", "outpatient", "homevisit"};
    private static final String[] MODULES = {"shared-model", "service-platform", "referral-gateway",
            "inpatient-service", "outpatient-service", "home-visit-service"};

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        Path root = Path.of(System.getProperty("pallium.project-root", "..")).toAbsolutePath().normalize();
        classes = new ClassFileImporter().importPaths(Arrays.stream(MODULES)
                .map(module -> root.resolve(module).resolve("target/classes")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "inpatient", "outpatient", "homevisit"})
    void noServiceDependsOnAnotherServicesCode(String service) {
        String[] others = Arrays.stream(SERVICES).filter(other -> !other.equals(service))
                .map(other -> "org.pallium." + other + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage("org.pallium." + service + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(classes);
    }

    @Test
    void theSharedModelDependsOnNoFramework() {
        noClasses().that().resideInAPackage("org.pallium.events..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "org.pallium.events..")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAPackage("org.pallium.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        Arrays.stream(SERVICES).map(service -> "org.pallium." + service + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void noServiceUsesTheLocalInfrastructureOrTestSupport() {
        noClasses().that().resideInAnyPackage(
                        Arrays.stream(SERVICES).map(service -> "org.pallium." + service + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.pallium.platform.local..", "org.pallium.platform.testing..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "inpatient", "outpatient", "homevisit"})
    void eachServiceIsLayeredByResponsibility(String service) {
        String root = "org.pallium." + service;
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(root + ".rest..")
                .layer("mapping").definedBy(root + ".mapping..")
                .layer("messaging").definedBy(root + ".messaging..")
                .layer("service").definedBy(root + ".service..")
                .layer("repository").definedBy(root + ".repository..")
                .whereLayer("rest").mayOnlyBeAccessedByLayers("mapping")
                .whereLayer("mapping").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "mapping", "messaging")
                .whereLayer("repository").mayOnlyBeAccessedByLayers("service", "mapping", "rest")
                .check(classes);
    }

    /**
     * Every endpoint says who may call it. The services also deny any endpoint that does not
     * (quarkus.security.jaxrs.deny-unannotated-endpoints), so this catches the omission at build
     * time rather than as a 403 in production. A REST client's interface (one service calling
     * another) declares the other's endpoints, not its own.
     */
    @Test
    void everyEndpointDeclaresItsRoles() {
        DescribedPredicate<JavaMethod> servedEndpoints = DescribedPredicate.describe("endpoints the services serve",
                method -> Stream.of(jakarta.ws.rs.GET.class, jakarta.ws.rs.POST.class, jakarta.ws.rs.PUT.class,
                                jakarta.ws.rs.DELETE.class, jakarta.ws.rs.PATCH.class).anyMatch(method::isAnnotatedWith)
                        && !method.getOwner().isAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient"));
        methods().that(servedEndpoints)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beDeclaredInClassesThat(annotatedWith(jakarta.annotation.security.RolesAllowed.class))
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "inpatient", "outpatient", "homevisit"})
    void resourcesNeverReturnEntities(String service) {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.pallium." + service + ".rest..")
                .and().arePublic()
                .should().notHaveRawReturnType(assignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase"))
                .check(classes);
    }
}
