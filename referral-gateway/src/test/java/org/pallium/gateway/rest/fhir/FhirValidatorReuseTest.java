package org.pallium.gateway.rest.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pallium.gateway.rest.fhir.FhirReferrals.FHIR;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationOptions;
import io.quarkus.test.junit.QuarkusTest;

import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.validation.BaseValidator;
import org.hl7.fhir.validation.codesystem.CodingsObserver;
import org.hl7.fhir.validation.instance.InstanceValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pallium.gateway.config.FhirConfiguration;
import org.pallium.gateway.config.ReusingInstanceValidator;

/**
 * The gateway's validator reuses what HAPI's builds for each resource: it finds what HAPI's finds,
 * and nothing of one resource, neither its issues nor its data, reaches the next. A Quarkus test
 * although it needs nothing of the gateway: run beside Quarkus tests, a plain test has a class
 * loader in which xpp3's copy of {@code javax.xml.namespace.QName} breaks HAPI's reading of its
 * definitions.
 */
@QuarkusTest
class FhirValidatorReuseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final IValidationSupport DEFINITIONS = FhirConfiguration.validationSupport(FHIR);
    private static final FhirValidator HAPIS = FHIR.newValidator()
            .registerValidatorModule(FhirConfiguration.configured(new FhirInstanceValidator(DEFINITIONS)));

    private final ReusingInstanceValidator reusing = FhirConfiguration.configured(new ReusingInstanceValidator(DEFINITIONS));
    private final FhirValidator gateways = FHIR.newValidator().registerValidatorModule(reusing);

    /** One message as a client would read it: how bad, where, what. */
    record Issue(ResultSeverityEnum severity, String location, Integer line, Integer column, String message) {
    }

    /** Every resource of {@link FhirInvalidServiceRequestTest}, the complete referral they spoil, and more kinds of body. */
    static Stream<Arguments> resources() {
        Stream<Arguments> invalid = FhirInvalidServiceRequestTest.invalidServiceRequests()
                .map(arguments -> Arguments.of(arguments.get()[0], spoiled(spoil(arguments))));
        return Stream.concat(Stream.concat(Stream.of(Arguments.of("a complete referral", completeReferral())), invalid), Stream.of(
                Arguments.of("a referral with narratives, one linking within itself", withNarratives()),
                Arguments.of("a referral that claims a profile Pallium does not know",
                        spoiled(request -> request.set("meta", JSON.createObjectNode().set("profile",
                                JSON.createArrayNode().add("http://example.org/StructureDefinition/unknown"))))),
                Arguments.of("a referral that claims the ServiceRequest profile",
                        spoiled(request -> request.set("meta", JSON.createObjectNode().set("profile",
                                JSON.createArrayNode().add("http://hl7.org/fhir/StructureDefinition/ServiceRequest"))))),
                Arguments.of("a referral in a collection Bundle, its patient an entry", inABundle()),
                Arguments.of("a Patient", json(new Patient().setActive(true))),
                Arguments.of("a referral in XML", FHIR.newXmlParser().encodeResourceToString(
                        FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()))),
                Arguments.of("a complete referral again", completeReferral())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aResourceHasTheIssuesHapisValidatorFinds(String kind, String body) {
        assertThat(issues(gateways, body)).as(kind).isEqualTo(issues(HAPIS, body));
    }

    @Test
    void everyResourceValidatedOneAfterTheOtherHasTheIssuesHapisValidatorFinds() {
        for (Arguments resource : resources().toList()) {
            String body = (String) resource.get()[1];
            assertThat(issues(gateways, body)).as((String) resource.get()[0]).isEqualTo(issues(HAPIS, body));
        }
    }

    @Test
    void aGoodReferralAfterABadOneHasNoIssueOfIt() {
        String good = completeReferral();
        List<Issue> expected = issues(HAPIS, good);
        assertThat(expected).noneMatch(FhirValidatorReuseTest::isError);

        int invalidToTheValidator = 0;
        for (Arguments invalid : FhirInvalidServiceRequestTest.invalidServiceRequests().toList()) {
            String bad = spoiled(spoil(invalid));
            List<Issue> issuesOfTheBadOne = issues(gateways, bad);
            assertThat(issuesOfTheBadOne).as("%s", invalid.get()[0]).isEqualTo(issues(HAPIS, bad));
            if (issuesOfTheBadOne.stream().anyMatch(FhirValidatorReuseTest::isError)) {
                invalidToTheValidator++;
            }
            assertThat(issues(gateways, good)).as("after %s", invalid.get()[0]).isEqualTo(expected);
        }
        // the others break only the gateway's own rules, which it applies after the validator
        assertThat(invalidToTheValidator).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aPatientContainedInOneResourceIsNotFoundFromTheNext() throws Exception {
        ObjectNode withoutPatient = (ObjectNode) JSON.readTree(completeReferral());
        withoutPatient.withArray("contained").remove(0);
        String referringToNoPatient = withoutPatient.toString();

        gateways.validateWithResult(completeReferral());

        assertThat(issues(gateways, referringToNoPatient)).isEqualTo(issues(HAPIS, referringToNoPatient))
                .anyMatch(issue -> isError(issue) && "ServiceRequest.subject".equals(issue.location()));
    }

    @Test
    void aValidatorUsedOnOneThreadAndThenOnAnotherKeepsNothingOfTheFirstResource() throws Exception {
        String bad = spoiled(request -> ((ObjectNode) request.withArray("contained").get(0)).put("gender", "woman"));
        String good = completeReferral();
        ExecutorService first = Executors.newSingleThreadExecutor();
        ExecutorService second = Executors.newSingleThreadExecutor();
        try {
            assertThat(first.submit(() -> issues(gateways, bad)).get()).isEqualTo(issues(HAPIS, bad));
            assertThat(second.submit(() -> issues(gateways, good)).get()).isEqualTo(issues(HAPIS, good));
        } finally {
            first.shutdown();
            second.shutdown();
        }
        assertThat(idleValidators()).hasSize(1);
    }

    @Test
    void resourcesValidatedAtOnceOnManyThreadsHaveTheIssuesHapisValidatorFinds() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            resources().map(resource -> (String) resource.get()[1]).forEach(bodies::add);
        }
        Collections.shuffle(bodies);
        Map<String, List<Issue>> expected = new HashMap<>();
        bodies.forEach(body -> expected.computeIfAbsent(body, hapis -> issues(HAPIS, hapis)));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Issue>>> found = new ArrayList<>();
            for (String body : bodies) {
                found.add(threads.submit(() -> issues(gateways, body)));
            }
            for (int index = 0; index < bodies.size(); index++) {
                assertThat(found.get(index).get()).isEqualTo(expected.get(bodies.get(index)));
            }
        } finally {
            threads.shutdown();
        }
        assertThat(idleValidators()).hasSizeLessThanOrEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void theProfilesAskedForAreValidatedAgainstAsByHapi() {
        String body = completeReferral();
        ValidationOptions options = new ValidationOptions().addProfile("http://hl7.org/fhir/StructureDefinition/ServiceRequest")
                .addProfile("http://example.org/StructureDefinition/unknown");

        assertThat(issues(gateways, body, options)).isEqualTo(issues(HAPIS, body, options));
    }

    /** HAPI's validator reports a retired definition once for each resource, having reported it before or not. */
    @Test
    void aRetiredExtensionIsReportedInEveryResourceThatUsesIt() {
        String url = "https://pallium.test/StructureDefinition/retired-note";
        StructureDefinition retired = new StructureDefinition().setUrl(url).setName("RetiredNote")
                .setStatus(Enumerations.PublicationStatus.RETIRED).setFhirVersion(Enumerations.FHIRVersion._4_0_1)
                .setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE).setAbstract(false).setType("Extension")
                .setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension")
                .setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        retired.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression("ServiceRequest");
        retired.getDifferential().addElement(new ElementDefinition().setPath("Extension").setMax("1"))
                .addElement(new ElementDefinition().setPath("Extension.url").setFixed(new UriType(url)))
                .addElement(new ElementDefinition().setPath("Extension.value[x]").addType(new ElementDefinition.TypeRefComponent().setCode("string")));
        PrePopulatedValidationSupport withTheExtension = new PrePopulatedValidationSupport(FHIR);
        withTheExtension.addStructureDefinition(retired);
        IValidationSupport definitions = new ValidationSupportChain(withTheExtension, FhirConfiguration.validationSupport(FHIR));
        FhirValidator hapis = FHIR.newValidator().registerValidatorModule(FhirConfiguration.configured(new FhirInstanceValidator(definitions)));
        FhirValidator gateways = FHIR.newValidator().registerValidatorModule(
                FhirConfiguration.configured(new ReusingInstanceValidator(definitions)));
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        request.addExtension(url, new StringType("Written before the notes"));
        String body = json(request);

        List<Issue> expected = issues(hapis, body);
        assertThat(expected).anyMatch(issue -> issue.message().contains(url) && issue.message().contains("retired"));
        for (int time = 0; time < 3; time++) {
            assertThat(issues(gateways, body)).isEqualTo(expected);
        }
    }

    @Test
    void anIdleValidatorHoldsNothingOfTheResourcesItValidated() throws Exception {
        resources().forEach(resource -> gateways.validateWithResult((String) resource.get()[1]));

        assertThat(idleValidators()).isNotEmpty().allSatisfy(validator -> {
            assertThat(validator.validatedContent).isNull();
            for (Class<?> type : List.of(InstanceValidator.class, BaseValidator.class)) {
                assertThat(collectionsOf(type, validator)).as(type.getSimpleName()).allSatisfy((name, size) ->
                        assertThat(size).as(name).isZero());
            }
            Object codingsObserver = field(InstanceValidator.class, "codingObserver").get(validator);
            assertThat(collectionsOf(CodingsObserver.class, codingsObserver)).allSatisfy((name, size) ->
                    assertThat(size).as(name).isZero());
        });
    }

    private static boolean isError(Issue issue) {
        return issue.severity() == ResultSeverityEnum.ERROR || issue.severity() == ResultSeverityEnum.FATAL;
    }

    private static List<Issue> issues(FhirValidator validator, String body) {
        return issues(validator, body, new ValidationOptions());
    }

    private static List<Issue> issues(FhirValidator validator, String body, ValidationOptions options) {
        return validator.validateWithResult(body, options).getMessages().stream()
                .map(message -> new Issue(message.getSeverity(), message.getLocationString(), message.getLocationLine(),
                        message.getLocationCol(), message.getMessage()))
                .toList();
    }

    private static String completeReferral() {
        return json(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()));
    }

    @SuppressWarnings("unchecked")
    private static Consumer<ObjectNode> spoil(Arguments invalidServiceRequest) {
        return (Consumer<ObjectNode>) invalidServiceRequest.get()[1];
    }

    private static String spoiled(Consumer<ObjectNode> spoil) {
        try {
            ObjectNode request = (ObjectNode) JSON.readTree(completeReferral());
            spoil.accept(request);
            return request.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String withNarratives() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        request.getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p id=\"goals\">Comfort, at home</p>"
                        + "<p><a href=\"#goals\">Goals of care</a></p></div>");
        FhirReferrals.containedPatient(request).orElseThrow().getText().setStatus(Narrative.NarrativeStatus.GENERATED)
                .setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">Ada Lovelace, 12 Elm Street</div>");
        return json(request);
    }

    private static String inABundle() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        Patient patient = FhirReferrals.takePatientOut(request, new Reference(patientUrl));
        patient.setId((String) null);
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(request);
        bundle.addEntry().setFullUrl(patientUrl).setResource(patient);
        return json(bundle);
    }

    @SuppressWarnings("unchecked")
    private List<InstanceValidator> idleValidators() throws ReflectiveOperationException {
        return List.copyOf((Collection<InstanceValidator>) field(ReusingInstanceValidator.class, "idle").get(reusing));
    }

    /** The size of every collection and map a validator holds in the fields that {@code type} declares. */
    private static Map<String, Integer> collectionsOf(Class<?> type, Object validator) throws ReflectiveOperationException {
        Map<String, Integer> sizes = new TreeMap<>();
        for (Field declared : type.getDeclaredFields()) {
            if (!Modifier.isStatic(declared.getModifiers())) {
                declared.setAccessible(true);
                switch (declared.get(validator)) {
                    case Collection<?> elements -> sizes.put(declared.getName(), elements.size());
                    case Map<?, ?> entries -> sizes.put(declared.getName(), entries.size());
                    case null, default -> {
                    }
                }
            }
        }
        return sizes;
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
