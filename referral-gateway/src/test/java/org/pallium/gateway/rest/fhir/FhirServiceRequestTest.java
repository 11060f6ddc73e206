package org.pallium.gateway.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import ca.uhn.fhir.validation.FhirValidator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.pallium.events.CareSetting;
import org.pallium.events.ReferralAccepted;
import org.pallium.events.ReferralReceived;
import org.pallium.events.ReferralRejected;
import org.pallium.events.ReferralTransferred;
import org.pallium.platform.testing.KafkaEvents;

/** An EHR refers a patient with a FHIR ServiceRequest and follows it as a Task. */
@QuarkusTest
class FhirServiceRequestTest {

    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @Inject
    FhirValidator validator;
    @Inject
    EntityManager entityManager;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aServiceRequestBuiltWithHapiRoundTripsAndIsTrackedByItsTask() {
        String mrn = "MRN-" + UUID.randomUUID();
        ServiceRequest sent = FhirReferrals.complete(mrn, UUID.randomUUID().toString());

        Response created = fhir().body(json(sent)).post("/fhir/r4/ServiceRequest");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/fhir+json");
        ServiceRequest held = parse(ServiceRequest.class, created.asString());
        String id = held.getIdElement().getIdPart();
        assertThat(created.header("Location")).endsWith("/fhir/r4/ServiceRequest/" + id);
        ServiceRequest read = parse(ServiceRequest.class, fhir().get(created.header("Location")).then().statusCode(200).extract().asString());
        assertThat(read.equalsDeep(held)).as("GET answers what the POST did").isTrue();
        assertThat(FhirReferrals.mapped(read)).isEqualTo(FhirReferrals.mapped(sent));
        assertThat(read.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
        assertThat(read.getCode().getCodingFirstRep().equalsDeep(FhirReferrals.PALLIATIVE_CARE_REFERRAL)).isTrue();
        assertThat(read.getAuthoredOn()).isNotNull();
        assertThat(validator.validateWithResult(read).isSuccessful()).as(json(read)).isTrue();

        Bundle search = parse(Bundle.class, fhir().get("/fhir/r4/Task?based-on=ServiceRequest/{id}", id)
                .then().statusCode(200).extract().asString());
        assertThat(search.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(search.getTotal()).isEqualTo(1);
        assertThat(search.getEntryFirstRep().getFullUrl()).endsWith("/fhir/r4/Task/" + id);
        Task task = (Task) search.getEntryFirstRep().getResource();
        assertThat(task.getBasedOnFirstRep().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(task.getFocus().getReference()).isEqualTo("ServiceRequest/" + id);
        assertThat(task.getFor().getIdentifier().getValue()).isEqualTo(mrn);
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getBusinessStatus().getText()).isEqualTo("requested");
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getAuthoredOn()).isEqualTo(read.getAuthoredOn());
        assertThat(task.getLastModified()).isNotNull();
        assertThat(task.getOwner().getIdentifier().getValue()).isEqualTo("HOME");
        assertThat(task.hasStatusReason()).isFalse();
        assertThat(validator.validateWithResult(task).isSuccessful()).as(json(task)).isTrue();
        Task byId = parse(Task.class, fhir().get("/fhir/r4/Task/{id}", id).then().statusCode(200).extract().asString());
        assertThat(json(byId)).as("the search finds the Task its id reads").isEqualTo(json(task));
        assertThat(parse(Bundle.class, fhir().get("/fhir/r4/Task?based-on={id}", id).asString()).getTotal()).isEqualTo(1);
        assertThat(parse(Bundle.class, fhir().get("/fhir/r4/Task?based-on=ServiceRequest/{other}", UUID.randomUUID())
                .then().statusCode(200).extract().asString()).getTotal()).isZero();
        assertThat(parse(Bundle.class, fhir().get("/fhir/r4/Task?based-on=Patient/{id}", id).asString()).getTotal()).isZero();
    }

    @Test
    void theTaskMovesOnAsTheSettingReportsTheReferral() {
        ServiceRequest held = create(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()));
        UUID referralId = UUID.fromString(held.getIdElement().getIdPart());
        UUID patientId = UUID.fromString(given().get("/api/referrals/{id}", referralId).then().extract().path("patientId"));
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);

        kafka.publish(HOME_SERVICE, new ReferralReceived(referralId, patientId, CareSetting.HOME, Instant.now()));
        kafka.publish(HOME_SERVICE, new ReferralAccepted(referralId, patientId, CareSetting.HOME, Instant.now().plusMillis(5)));

        await().atMost(Duration.ofSeconds(30)).until(() -> parse(Task.class,
                fhir().get("/fhir/r4/Task/{id}", referralId).asString()).getStatus() == Task.TaskStatus.ACCEPTED);
        Task task = parse(Task.class, fhir().get("/fhir/r4/Task/{id}", referralId).asString());
        assertThat(task.getBusinessStatus().getText()).isEqualTo("accepted");
        assertThat(task.getLastModified()).isAfter(task.getAuthoredOn());
        assertThat(parse(ServiceRequest.class, fhir().get("/fhir/r4/ServiceRequest/{id}", referralId).asString()).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
    }

    @Test
    void aRejectionShowsWithItsReasonAndATransferNamesTheReferralItOpened() {
        KafkaEvents kafka = new KafkaEvents(bootstrapServers);
        UUID rejected = UUID.fromString(create(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()))
                .getIdElement().getIdPart());
        kafka.publish(HOME_SERVICE, new ReferralRejected(rejected, patientIdOf(rejected), CareSetting.HOME,
                "Lives outside our area", "Nurse Kim", Instant.now()));
        UUID transferred = UUID.fromString(create(FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString()))
                .getIdElement().getIdPart());
        UUID opened = UUID.randomUUID();
        kafka.publish(HOME_SERVICE, new ReferralTransferred(transferred, patientIdOf(transferred), CareSetting.HOME,
                CareSetting.INPATIENT, opened, "Admitted with a bowel obstruction", "Nurse Kim", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).until(() -> taskOf(rejected).getStatus() == Task.TaskStatus.REJECTED);
        assertThat(taskOf(rejected).getStatusReason().getText()).isEqualTo("Lives outside our area");
        assertThat(parse(ServiceRequest.class, fhir().get("/fhir/r4/ServiceRequest/{id}", rejected).asString()).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.REVOKED);
        await().atMost(Duration.ofSeconds(30)).until(() -> taskOf(transferred).getStatus() == Task.TaskStatus.COMPLETED);
        Task old = taskOf(transferred);
        assertThat(old.getBusinessStatus().getText()).isEqualTo("transferred");
        assertThat(((Reference) old.getOutputFirstRep().getValue()).getReference()).isEqualTo("ServiceRequest/" + opened);
        ServiceRequest replacing = parse(ServiceRequest.class, fhir().get("/fhir/r4/ServiceRequest/{id}", opened)
                .then().statusCode(200).extract().asString());
        assertThat(replacing.getReplacesFirstRep().getReference()).isEqualTo("ServiceRequest/" + transferred);
        assertThat(replacing.getPerformerType().getCodingFirstRep().getCode()).isEqualTo("INPATIENT");
        assertThat(taskOf(opened).getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(validator.validateWithResult(replacing).isSuccessful()).as(json(replacing)).isTrue();
    }

    @Test
    void aPatientInATransactionOrCollectionBundleIsFoundByItsFullUrl() {
        for (Bundle.BundleType type : new Bundle.BundleType[] {Bundle.BundleType.TRANSACTION, Bundle.BundleType.COLLECTION}) {
            String mrn = "MRN-" + UUID.randomUUID();
            ServiceRequest request = FhirReferrals.complete(mrn, UUID.randomUUID().toString());
            String patientUrl = "urn:uuid:" + UUID.randomUUID();
            Patient patient = FhirReferrals.takePatientOut(request, new Reference(patientUrl));
            patient.setId((String) null);
            Bundle bundle = new Bundle().setType(type);
            Bundle.BundleEntryComponent requestEntry = bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(request);
            Bundle.BundleEntryComponent patientEntry = bundle.addEntry().setFullUrl(patientUrl).setResource(patient);
            if (type == Bundle.BundleType.TRANSACTION) {
                requestEntry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("ServiceRequest");
                patientEntry.getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
            }

            Response created = fhir().body(json(bundle)).post("/fhir/r4/ServiceRequest");

            assertThat(created.statusCode()).as(type + ": " + created.asString()).isEqualTo(201);
            Patient held = FhirReferrals.containedPatient(parse(ServiceRequest.class, created.asString())).orElseThrow();
            assertThat(held.getIdentifierFirstRep().getValue()).isEqualTo(mrn);
            assertThat(held.getNameFirstRep().getText()).isEqualTo("Ada Lovelace");
        }
    }

    @Test
    void aPatientIdentifiedOnlyMustBeOnePalliumKnows() {
        String mrn = "MRN-" + UUID.randomUUID();
        ServiceRequest identified = FhirReferrals.complete(mrn, UUID.randomUUID().toString());
        FhirReferrals.takePatientOut(identified,
                new Reference().setIdentifier(new Identifier().setSystem(FhirReferrals.MRN_SYSTEM).setValue(mrn)));

        OperationOutcome unknown = FhirInvalidServiceRequestTest.refused(fhir().body(json(identified)).post("/fhir/r4/ServiceRequest"), 422);
        assertThat(FhirInvalidServiceRequestTest.issuesOf(unknown))
                .containsExactly(FhirInvalidServiceRequestTest.Issue.error("not-found", "ServiceRequest.subject.identifier"));

        ServiceRequest first = create(FhirReferrals.complete(mrn, UUID.randomUUID().toString()));
        ServiceRequest second = create(identified);

        assertThat(patientIdOf(second)).isEqualTo(patientIdOf(first));
        Patient known = FhirReferrals.containedPatient(second).orElseThrow();
        assertThat(known.getNameFirstRep().getText()).isEqualTo("Ada Lovelace");
        assertThat(known.getBirthDateElement().getValueAsString()).isEqualTo("1952-12-10");
        assertThat(known.getAddressFirstRep().getCity()).isEqualTo("Springfield");
    }

    @Test
    void namesAreReadFromTheirPartsAndTheReferrerFromContainedResources() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        FhirReferrals.containedPatient(request).orElseThrow().getNameFirstRep().setText(null).addGiven("Ada").setFamily("Lovelace");
        Practitioner practitioner = new Practitioner();
        practitioner.setId("doctor");
        practitioner.addName().addPrefix("Dr.").addGiven("Cicely").setFamily("Saunders");
        Organization hospice = new Organization().setName("St Christopher's Hospice");
        hospice.setId("hospice");
        request.addContained(practitioner).addContained(hospice);
        FhirReferrals.contained(request, PractitionerRole.class).setPractitioner(new Reference("#doctor"))
                .setOrganization(new Reference("#hospice"));

        JsonPath referral = given().get("/api/referrals/{id}", create(request).getIdElement().getIdPart()).then().extract().jsonPath();

        assertThat(referral.getString("patient.name")).isEqualTo("Ada Lovelace");
        assertThat(referral.getString("referrer.clinician")).isEqualTo("Dr. Cicely Saunders");
        assertThat(referral.getString("referrer.organisation")).isEqualTo("St Christopher's Hospice");
    }

    @Test
    void aChildsContactIsTheParentOrGuardianWhoDecidesForThem() {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        Patient child = FhirReferrals.containedPatient(request).orElseThrow();
        child.setBirthDateElement(new DateType(LocalDate.now().minusYears(9).toString()));
        child.addContact().setName(new HumanName().addGiven("Grace").setFamily("Hopper"))
                .addRelationship(new CodeableConcept().setText("mother"))
                .addTelecom(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+1 555 0199"));

        ServiceRequest held = create(request);

        JsonPath referral = given().get("/api/referrals/{id}", held.getIdElement().getIdPart()).then().extract().jsonPath();
        assertThat(referral.getString("patient.guardian.name")).isEqualTo("Grace Hopper");
        assertThat(referral.getString("patient.guardian.relationship")).isEqualTo("mother");
        assertThat(referral.getString("patient.guardian.phone")).isEqualTo("+1 555 0199");
        Patient.ContactComponent guardian = FhirReferrals.containedPatient(held).orElseThrow().getContactFirstRep();
        assertThat(guardian.getName().getText()).isEqualTo("Grace Hopper");
        assertThat(guardian.getTelecomFirstRep().getValue()).isEqualTo("+1 555 0199");
    }

    @Test
    void withoutACareSettingPalliumRoutesByTheOrderDetails() {
        assertRouted("homebound", "HOME", "HOMEBOUND_OR_HOME_CARE_REQUESTED");
        assertRouted("home-care-requested", "HOME", "HOMEBOUND_OR_HOME_CARE_REQUESTED");
        assertRouted("admitted", "INPATIENT", "PATIENT_ADMITTED");
        assertRouted(null, "OUTPATIENT", "EVERYONE_ELSE_TO_CLINIC");
    }

    private void assertRouted(String circumstance, String setting, String because) {
        ServiceRequest request = FhirReferrals.complete("MRN-" + UUID.randomUUID(), UUID.randomUUID().toString());
        request.setPerformerType(null);
        if (circumstance != null) {
            request.addOrderDetail(new CodeableConcept(new Coding(FhirReferrals.ROUTING, circumstance, null)));
        }

        ServiceRequest held = create(request);

        assertThat(held.getPerformerType().getCodingFirstRep().getCode()).isEqualTo(setting);
        JsonPath referral = given().get("/api/referrals/{id}", held.getIdElement().getIdPart()).then().extract().jsonPath();
        assertThat(referral.getString("setting")).isEqualTo(setting);
        assertThat(referral.getString("routedBecause")).isEqualTo(because);
    }

    @Test
    void aReferralTakenInBeforePalliumKeptReferralsWholeShowsWhatItKept() {
        UUID patientId = UUID.randomUUID();
        UUID referralId = UUID.randomUUID();
        String mrn = "MRN-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("INSERT INTO patient (id, identifier_system, identifier_value, name, created_at,"
                            + " updated_at) VALUES (?1, ?2, ?3, 'Ada Lovelace', now(), now())")
                    .setParameter(1, patientId).setParameter(2, FhirReferrals.MRN_SYSTEM).setParameter(3, mrn).executeUpdate();
            entityManager.createNativeQuery("INSERT INTO referral (id, patient_id, setting, status, reason, referring_clinician,"
                            + " routing_reason, submitted_at, updated_at) VALUES (?1, ?2, 'OUTPATIENT', 'REQUESTED', 'Pain',"
                            + " 'Dr. Cicely Saunders', 'REQUESTED_BY_REFERRER', now(), now())")
                    .setParameter(1, referralId).setParameter(2, patientId).executeUpdate();
        });

        ServiceRequest read = parse(ServiceRequest.class, fhir().get("/fhir/r4/ServiceRequest/{id}", referralId)
                .then().statusCode(200).extract().asString());

        Patient patient = FhirReferrals.containedPatient(read).orElseThrow();
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(mrn);
        assertThat(patient.getNameFirstRep().getText()).isEqualTo("Ada Lovelace");
        assertThat(read.getRequester().getDisplay()).isEqualTo("Dr. Cicely Saunders");
        assertThat(read.getReasonCodeFirstRep().getText()).isEqualTo("Pain");
        assertThat(read.hasReasonReference()).isFalse();
        assertThat(validator.validateWithResult(read).isSuccessful()).as(json(read)).isTrue();
    }

    static ServiceRequest create(ServiceRequest request) {
        Response created = fhir().body(json(request)).post("/fhir/r4/ServiceRequest");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return parse(ServiceRequest.class, created.asString());
    }

    private static Task taskOf(UUID referralId) {
        return parse(Task.class, fhir().get("/fhir/r4/Task/{id}", referralId).then().statusCode(200).extract().asString());
    }

    private static UUID patientIdOf(UUID referralId) {
        return UUID.fromString(given().get("/api/referrals/{id}", referralId).then().statusCode(200).extract().path("patientId"));
    }

    private static String patientIdOf(ServiceRequest held) {
        return given().get("/api/referrals/{id}", held.getIdElement().getIdPart()).then().statusCode(200).extract().path("patientId");
    }
}
