package org.pallium.events;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract is plain Java: any service, whatever its framework, can depend on it. */
@AnalyzeClasses(packages = "org.pallium.events", importOptions = ImportOption.DoNotIncludeTests.class)
class SharedModelArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheJdkAndItself = classes()
            .that().resideInAPackage("org.pallium.events..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.pallium.events..")
            .because("the shared model is the event contract and must not drag a framework into its users");

    @ArchTest
    static final ArchRule eventsAreRecords = classes()
            .that().implement(PalliumEvent.class).and().areNotInterfaces()
            .should().beRecords()
            .because("events are immutable values");
}
