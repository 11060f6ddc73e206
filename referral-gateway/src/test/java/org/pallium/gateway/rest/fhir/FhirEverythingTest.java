package org.pallium.gateway.rest.fhir;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pallium.gateway.rest.SampleVisits.esas;
import static org.pallium.gateway.rest.SampleVisits.visit;
import static org.pallium.gateway.rest.fhir.FhirReferrals.fhir;
import static org.pallium.gateway.rest.fhir.FhirReferrals.json;
import static org.pallium.gateway.rest.fhir.FhirReferrals.parse;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.Test;
import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.AppointmentBooked;
import org.pallium.events.AppointmentCancelled;
import org.pallium.events.AppointmentRescheduled;
import org.pallium.events.CallLogged;
import org.pallium.events.CallReason;
import org.pallium.events.CallerType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.CodeStatusChanged;
import org.pallium.events.Coding;
import org.pallium.events.ConsultRequested;
import org.pallium.events.ConsultSignedOff;
import org.pallium.events.Diagnosis;
import org.pallium.events.Discipline;
import org.pallium.events.EvvExceptionKind;
import org.pallium.events.EvvExceptionRaised;
import org.pallium.events.EvvStage;
import org.pallium.events.GoalsOfCareDocumented;
import org.pallium.events.Handover;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.OnwardService;
import org.pallium.events.PalliumEvent;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.Referrer;
import org.pallium.events.TransitionOutcome;
import org.pallium.events.TriageOutcome;
import org.pallium.events.Urgency;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.gateway.rest.ReferralResourceTest;
import org.pallium.platform.security.Roles;
import org.pallium.platform.testing.AccessChecks;
import org.pallium.platform.testing.KafkaEvents;
import org.pallium.platform.testing.TestTokens;

/**
 * {@code Patient/$everything}: a patient's records from hospital, clinic and home, each once as it
 * stands now, in a searchset Bundle whose every resource the HAPI FHIR validator accepts, paged by
 * next links that reach the oldest record, each once, while records arrive.
 */
@QuarkusTest
class FhirEverythingTest {

    private static final URI INPATIENT_SERVICE = URI.create("/pallium/inpatient-service");
    private static final URI OUTPATIENT_SERVICE = URI.create("/pallium/outpatient-service");
    private static final URI HOME_SERVICE = URI.create("/pallium/home-visit-service");

    @Inject
    FhirValidator validator;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** A patient referred to the home programme whose care went through all three settings. */
    private record Chart(UUID patientId, UUID referralId, Instant day, Map<String, UUID> ids, int entries) {
    }

    @Test
    void theRecordFromTheHospitalTheClinicAndTheHomeIsASearchsetBundleEveryResourceOfWhichValidates() {
        Chart chart = chartOfAllThreeSettings();
        Map<String, UUID> id = chart.ids();

        Bundle bundle = everything(chart.patientId(), "");

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getLink("next")).isNull();
        assertThat(bundle.getEntryFirstRep().getResource().fhirType()).isEqualTo("Patient");
        assertThat(bundle.getEntryFirstRep().getSearch().getMode()).isEqualTo(Bundle.SearchEntryMode.INCLUDE);
        assertThat(bundle.getEntryFirstRep().getFullUrl()).endsWith("/fhir/r4/Patient/" + chart.patientId());
        assertThat(fullUrls(bundle)).containsExactlyInAnyOrder(
                "Patient/" + chart.patientId(),
                "ServiceRequest/" + chart.referralId(), "ServiceRequest/" + id.get("consult"),
                "ServiceRequest/" + id.get("onward"),
                "Encounter/" + id.get("hospitalVisit"), "Encounter/" + id.get("clinicVisit"),
                "Encounter/" + id.get("homeVisit"), "Encounter/" + id.get("call"),
                "Observation/esas-" + id.get("hospitalVisit"), "Observation/pps-" + id.get("hospitalVisit"),
                "Observation/esas-" + id.get("clinicVisit"), "Observation/pps-" + id.get("homeVisit"),
                "Observation/" + id.get("codeStatus"),
                "Appointment/" + id.get("appointment"), "Appointment/" + id.get("homeVisit"),
                "DocumentReference/" + id.get("goalsOfCare"), "DocumentReference/" + id.get("transition"),
                "DocumentReference/" + id.get("acp"), "DocumentReference/" + id.get("livingWill"));
        bundle.getEntry().forEach(entry -> assertValid(entry.getResource()));
        assertValid(bundle);

        // Newest first by clinical time: the home visit's encounter before the clinic's before the hospital's.
        List<String> order = fullUrls(bundle);
        assertThat(order.indexOf("Encounter/" + id.get("homeVisit"))).isLessThan(order.indexOf("Encounter/" + id.get("clinicVisit")));
        assertThat(order.indexOf("Encounter/" + id.get("clinicVisit"))).isLessThan(order.indexOf("Encounter/" + id.get("hospitalVisit")));

        // Each record as it stands after every event about it.
        assertThat(resource(bundle, ServiceRequest.class, id.get("consult")).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(resource(bundle, ServiceRequest.class, id.get("onward")).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.COMPLETED);
        assertThat(resource(bundle, ServiceRequest.class, chart.referralId()).getStatus())
                .isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        Appointment clinic = resource(bundle, Appointment.class, id.get("appointment"));
        assertThat(clinic.getStatus()).isEqualTo(Appointment.AppointmentStatus.CANCELLED);
        assertThat(clinic.getStart().toInstant()).isEqualTo(chart.day().plus(20, ChronoUnit.DAYS));
        assertThat(resource(bundle, Appointment.class, id.get("homeVisit")).getStatus())
                .isEqualTo(Appointment.AppointmentStatus.FULFILLED);
        assertThat(resource(bundle, DocumentReference.class, id.get("acp")).getDocStatus())
                .isEqualTo(DocumentReference.ReferredDocumentStatus.FINAL);

        Encounter home = resource(bundle, Encounter.class, id.get("homeVisit"));
        assertThat(home.getClass_().getCode()).isEqualTo("HH");
        assertThat(home.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
        assertThat(home.getAppointmentFirstRep().getReference()).isEqualTo("Appointment/" + id.get("homeVisit"));
        assertThat(home.getSubject().getReference()).isEqualTo("Patient/" + chart.patientId());
        assertThat(resource(bundle, Encounter.class, id.get("call")).getClass_().getCode()).isEqualTo("VR");
        Observation esas = resource(bundle, Observation.class, "esas-" + id.get("hospitalVisit"));
        assertThat(((IntegerType) esas.getValue()).getValue()).isEqualTo(7 + 8 * 6);
        assertThat(esas.getComponent()).hasSize(9);
        assertThat(esas.getComponentFirstRep().getCode().getCodingFirstRep().getCode()).isEqualTo("pain");
        assertThat(((IntegerType) esas.getComponentFirstRep().getValue()).getValue()).isEqualTo(7);
        Observation pps = resource(bundle, Observation.class, "pps-" + id.get("homeVisit"));
        assertThat(((Quantity) pps.getValue()).getValue().intValue()).isEqualTo(40);
        assertThat(((Quantity) pps.getValue()).getCode()).isEqualTo("%");
    }

    @Test
    void followingTheNextLinksReachesTheOldestRecordEachOnceWhileRecordsArrive() {
        Chart chart = chartOfAllThreeSettings();
        List<String> whole = fullUrls(everything(chart.patientId(), "?_count=500"));

        List<String> paged = new ArrayList<>();
        Bundle page = everything(chart.patientId(), "?_count=2");
        int pages = 1;
        while (true) {
            List<String> records = fullUrls(page).stream().filter(url -> !url.startsWith("Patient/")).toList();
            assertThat(records).hasSizeLessThanOrEqualTo(2);
            paged.addAll(fullUrls(page));
            if (page.getLink("next") == null) {
                break;
            }
            if (pages == 2) {
                // A visit completed now goes before the first page: it is not on the pages that follow.
                kafka().publish(HOME_SERVICE, visit(UUID.randomUUID(), chart.patientId(), CareSetting.HOME, "HH",
                        Instant.now().minusSeconds(600), null, 50));
                awaitTimeline(chart.patientId(), chart.entries() + 1);
            }
            String next = page.getLink("next").getUrl();
            assertThat(next).contains("_count=2").contains("cursor=");
            // The link is sent as given: it is encoded already.
            page = parse(Bundle.class, fhir().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().asString());
            pages++;
        }

        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(whole);
        int records = whole.size() - 1;
        assertThat(pages).isEqualTo((records + 1) / 2);
    }

    @Test
    void theRecordIsFilteredByResourceTypeBySinceAndByCareDates() {
        Chart chart = chartOfAllThreeSettings();
        Map<String, UUID> id = chart.ids();

        assertThat(fullUrls(everything(chart.patientId(), "?_type=Observation"))).containsExactlyInAnyOrder(
                "Observation/esas-" + id.get("hospitalVisit"), "Observation/pps-" + id.get("hospitalVisit"),
                "Observation/esas-" + id.get("clinicVisit"), "Observation/pps-" + id.get("homeVisit"),
                "Observation/" + id.get("codeStatus"));
        assertThat(fullUrls(everything(chart.patientId(), "?_type=Patient,Appointment"))).containsExactlyInAnyOrder(
                "Patient/" + chart.patientId(), "Appointment/" + id.get("appointment"), "Appointment/" + id.get("homeVisit"));
        assertThat(fullUrls(everything(chart.patientId(), "?_type=MedicationRequest"))).isEmpty();

        LocalDate hospitalDay = LocalDate.ofInstant(chart.day(), ZoneOffset.UTC);
        assertThat(fullUrls(everything(chart.patientId(), "?_type=Encounter&start=" + hospitalDay + "&end=" + hospitalDay)))
                .containsExactly("Encounter/" + id.get("hospitalVisit"));
        assertThat(fullUrls(everything(chart.patientId(), "?_type=Encounter&start=" + hospitalDay.plusDays(1))))
                .doesNotContain("Encounter/" + id.get("hospitalVisit")).contains("Encounter/" + id.get("homeVisit"));

        // A record changed since a client's last read comes again, as it is now; nothing else does, not even
        // the patient's other advance care planning document, whose events share the POLST's link.
        Instant lastRead = Instant.now();
        kafka().publish(OUTPATIENT_SERVICE, new AcpDocumentChanged(id.get("acp"), chart.patientId(), CareSetting.OUTPATIENT,
                AcpDocumentType.POLST, AcpDocumentStatus.ON_FILE, AcpDocumentStatus.SIGNED, "DocumentReference/polst-1",
                null, null, "Dr. Lydia Ross", chart.day().plus(30, ChronoUnit.DAYS)));
        awaitTimeline(chart.patientId(), chart.entries() + 1);
        Bundle since = everything(chart.patientId(), "?_since=" + lastRead);
        assertThat(fullUrls(since)).containsExactly("Patient/" + chart.patientId(), "DocumentReference/" + id.get("acp"));
        DocumentReference polst = resource(since, DocumentReference.class, id.get("acp"));
        assertThat(polst.getMasterIdentifier().getValue()).isEqualTo("DocumentReference/polst-1");
        assertThat(polst.getMeta().getLastUpdated().toInstant()).isAfterOrEqualTo(lastRead.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aParameterTheOperationDoesNotTakeIsABadRequestNamingIt() {
        UUID patientId = UUID.fromString(ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(),
                "HOME")));
        String path = "/fhir/r4/Patient/" + patientId + "/$everything";

        assertThat(outcome(path + "?_type=Encounter,Visit&_since=yesterday&start=2026-13&_count=0", 400))
                .containsExactlyInAnyOrder("http._type", "http._since", "http.start", "http._count");
        assertThat(outcome(path + "?start=2026-03-10&end=2026-03-01", 400)).containsExactly("http.end");
        assertThat(outcome(path + "?cursor=not-a-cursor", 400)).hasSize(1);
        assertThat(outcome("/fhir/r4/Patient/" + UUID.randomUUID() + "/$everything", 404)).hasSize(1);
        assertThat(fullUrls(everything(patientId, "?_count=100000"))).startsWith("Patient/" + patientId);
        // Sent as FHIR writes it, the $ unencoded, as curl sends it.
        fhir().urlEncodingEnabled(false).get(path).then().statusCode(200);
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String operation = "paths.'/fhir/r4/Patient/{patientId}/$everything'.get";
        assertThat(document.getString(operation + ".summary")).startsWith("Patient/$everything");
        assertThat(document.getList(operation + ".parameters.name", String.class))
                .containsExactlyInAnyOrder("patientId", "_type", "_since", "start", "end", "_count", "cursor");
        assertThat(document.getString(operation + ".responses.'400'.content.'application/fhir+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/FhirOperationOutcome");
    }

    @Test
    void aClinicianReadsTheRecordOfThePatientsOnTheirSettingsCensusAndEveryReadIsAudited() {
        UUID patientId = UUID.fromString(ReferralResourceTest.submit(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(),
                "OUTPATIENT")));
        String clinic = "clinic-clinician-" + UUID.randomUUID();
        String hospital = "hospital-clinician-" + UUID.randomUUID();
        String ehr = "ehr-" + UUID.randomUUID();
        String path = "/fhir/r4/Patient/" + patientId + "/$everything";

        AccessChecks.as(TestTokens.as(clinic, Roles.CLINICIAN, Optional.of(CareSetting.OUTPATIENT))).get(path).then()
                .statusCode(200).contentType("application/fhir+json");
        AccessChecks.as(TestTokens.as(hospital, Roles.CLINICIAN, Optional.of(CareSetting.INPATIENT))).get(path).then()
                .statusCode(404).contentType("application/fhir+json");
        AccessChecks.as(TestTokens.as(ehr, Roles.EHR_SYSTEM, Optional.empty())).get(path).then().statusCode(403)
                .contentType("application/fhir+json");

        assertThat(audited(clinic)).containsExactly("READ patient-record 200 SUCCESS " + patientId);
        assertThat(audited(hospital)).containsExactly("READ patient-record 404 DENIED " + patientId);
        assertThat(audited(ehr)).containsExactly("READ patient-record 403 DENIED " + patientId);
    }

    /**
     * A day 40 days ago, the hospital: a consult requested, seen at an encounter with ESAS-r and
     * PPS, signed off; a code status, a goals-of-care conversation, the discharge. Then the clinic:
     * a visit with ESAS-r, an appointment booked, moved and cancelled, a POLST discussed then signed, a
     * living will on file, an onward referral sent and seen. Then home: a visit
     * scheduled, begun and done with PPS, with an EVV exception; a call to the nurse line.
     */
    private Chart chartOfAllThreeSettings() {
        JsonPath referral = given().contentType(ContentType.JSON)
                .body(ReferralResourceTest.referral("MRN-" + UUID.randomUUID(), "HOME")).post("/api/referrals").then()
                .statusCode(201).extract().jsonPath();
        UUID patientId = UUID.fromString(referral.getString("patientId"));
        UUID referralId = UUID.fromString(referral.getString("referralId"));
        Instant day = LocalDate.now(ZoneOffset.UTC).minusDays(40).atTime(9, 0).toInstant(ZoneOffset.UTC);
        Map<String, UUID> ids = List.of("consult", "hospitalVisit", "codeStatus", "goalsOfCare", "transition", "clinicVisit",
                "appointment", "acp", "livingWill", "onward", "homeVisit", "call").stream()
                .collect(Collectors.toMap(Function.identity(), name -> UUID.randomUUID()));
        Diagnosis diagnosis = new Diagnosis(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C50.919", null),
                "Metastatic breast cancer", LocalDate.now().minusYears(1), true);
        List<PalliumEvent> hospital = List.of(
                new ConsultRequested(ids.get("consult"), UUID.randomUUID(), patientId, diagnosis, "5 West", "12", "Oncology",
                        new Referrer("Dr. Ada Oncologist", "General Hospital"), "Pain plan?", Urgency.URGENT, day,
                        day.plus(1, ChronoUnit.DAYS), day),
                visit(ids.get("hospitalVisit"), patientId, CareSetting.INPATIENT, "IMP", day.plus(2, ChronoUnit.HOURS), esas(7, 6), 40),
                new ConsultSignedOff(ids.get("consult"), UUID.randomUUID(), patientId, "Discharged", "Dr. Balfour Mount",
                        day.plus(3, ChronoUnit.DAYS)),
                new CodeStatusChanged(ids.get("codeStatus"), patientId, CareSetting.INPATIENT, CodeStatus.DNR_DNI,
                        CodeStatus.FULL_CODE, "Dr. Ira Byock", day.plus(1, ChronoUnit.DAYS)),
                new GoalsOfCareDocumented(ids.get("goalsOfCare"), patientId, CareSetting.INPATIENT, List.of("patient", "daughter"),
                        "Being at home", "Home with support", "Dr. Ira Byock", day.plus(1, ChronoUnit.DAYS)),
                new PatientTransitioned(ids.get("transition"), UUID.randomUUID(), patientId, CareSetting.INPATIENT,
                        TransitionOutcome.HOME_PROGRAMME, referralId, new Handover(null, null, null, null, CodeStatus.DNR_DNI,
                                null, null, null, null), "Dr. Balfour Mount", day.plus(3, ChronoUnit.DAYS)));
        List<PalliumEvent> clinic = List.of(
                visit(ids.get("clinicVisit"), patientId, CareSetting.OUTPATIENT, "AMB", day.plus(10, ChronoUnit.DAYS), esas(5, 4), null),
                new AppointmentBooked(ids.get("appointment"), patientId, CareSetting.OUTPATIENT, "dr-helen-park", "FOLLOW_UP",
                        day.plus(18, ChronoUnit.DAYS), day.plus(18, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES), "clerk-amy",
                        day.plus(10, ChronoUnit.DAYS)),
                new AppointmentRescheduled(ids.get("appointment"), patientId, CareSetting.OUTPATIENT, "dr-helen-park",
                        day.plus(18, ChronoUnit.DAYS), day.plus(20, ChronoUnit.DAYS),
                        day.plus(20, ChronoUnit.DAYS).plus(30, ChronoUnit.MINUTES), "clerk-amy", day.plus(11, ChronoUnit.DAYS)),
                new AppointmentCancelled(ids.get("appointment"), patientId, CareSetting.OUTPATIENT, day.plus(20, ChronoUnit.DAYS),
                        "Admitted to the home programme", "clerk-amy", day.plus(12, ChronoUnit.DAYS)),
                new AcpDocumentChanged(ids.get("acp"), patientId, CareSetting.OUTPATIENT, AcpDocumentType.POLST,
                        AcpDocumentStatus.DISCUSSED, null, null, null, null, "Dr. Lydia Ross", day.plus(10, ChronoUnit.DAYS)),
                new AcpDocumentChanged(ids.get("acp"), patientId, CareSetting.OUTPATIENT, AcpDocumentType.POLST,
                        AcpDocumentStatus.SIGNED, AcpDocumentStatus.DISCUSSED, null, null, null, "Dr. Lydia Ross",
                        day.plus(11, ChronoUnit.DAYS)),
                new AcpDocumentChanged(ids.get("livingWill"), patientId, CareSetting.OUTPATIENT, AcpDocumentType.LIVING_WILL,
                        AcpDocumentStatus.ON_FILE, null, "DocumentReference/living-will-1", null, null, "Dr. Lydia Ross",
                        day.plus(12, ChronoUnit.DAYS)),
                new OnwardReferralChanged(ids.get("onward"), patientId, CareSetting.OUTPATIENT, OnwardService.PSYCHIATRY,
                        OnwardReferralStatus.SENT, "Low mood", "Dr. Lydia Ross", day.plus(10, ChronoUnit.DAYS)),
                new OnwardReferralChanged(ids.get("onward"), patientId, CareSetting.OUTPATIENT, OnwardService.PSYCHIATRY,
                        OnwardReferralStatus.SEEN, "Low mood", "Dr. Lydia Ross", day.plus(15, ChronoUnit.DAYS)));
        Instant homeVisitAt = day.plus(25, ChronoUnit.DAYS);
        List<PalliumEvent> home = List.of(
                new VisitScheduled(ids.get("homeVisit"), patientId, CareSetting.HOME, "HH", Discipline.NURSE, "nurse-ann-ward",
                        homeVisitAt, homeVisitAt.plus(1, ChronoUnit.HOURS), false, "coordinator-mary-seacole",
                        day.plus(20, ChronoUnit.DAYS)),
                new VisitStarted(ids.get("homeVisit"), patientId, CareSetting.HOME, "HH", "Nurse Ann Ward", Discipline.NURSE,
                        homeVisitAt),
                new EvvExceptionRaised(ids.get("homeVisit"), patientId, CareSetting.HOME, EvvExceptionKind.LOCATION_FAR_FROM_ADDRESS,
                        EvvStage.CHECK_IN, 850, 500, "Nurse Ann Ward", homeVisitAt),
                visit(ids.get("homeVisit"), patientId, CareSetting.HOME, "HH", homeVisitAt, null, 40),
                new CallLogged(ids.get("call"), patientId, CareSetting.HOME, CallerType.FAMILY, day.plus(26, ChronoUnit.DAYS), 420,
                        CallReason.BREATHLESSNESS, TriageOutcome.ADVICE_GIVEN, false, null, "Nurse Ann Ward"));
        hospital.forEach(event -> kafka().publish(INPATIENT_SERVICE, event));
        clinic.forEach(event -> kafka().publish(OUTPATIENT_SERVICE, event));
        home.forEach(event -> kafka().publish(HOME_SERVICE, event));
        int entries = 1 + hospital.size() + clinic.size() + home.size();
        awaitTimeline(patientId, entries);
        return new Chart(patientId, referralId, day, ids, entries);
    }

    private void assertValid(Resource resource) {
        ValidationResult result = validator.validateWithResult(resource);
        assertThat(result.getMessages().stream().filter(message -> message.getSeverity().ordinal()
                >= ResultSeverityEnum.ERROR.ordinal()).map(message -> message.getLocationString() + ": " + message.getMessage()))
                .as(json(resource)).isEmpty();
    }

    private static Bundle everything(UUID patientId, String query) {
        String body = fhir().get("/fhir/r4/Patient/" + patientId + "/$everything" + query).then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        return parse(Bundle.class, body);
    }

    /** Each entry's type and id, in the Bundle's order. */
    private static List<String> fullUrls(Bundle bundle) {
        return bundle.getEntry().stream().map(entry -> {
            assertThat(entry.getFullUrl()).endsWith("/fhir/r4/" + entry.getResource().fhirType() + "/" + entry.getResource().getIdPart());
            return entry.getResource().fhirType() + "/" + entry.getResource().getIdPart();
        }).toList();
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type, UUID id) {
        return resource(bundle, type, id.toString());
    }

    private static <T extends Resource> T resource(Bundle bundle, Class<T> type, String id) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .filter(resource -> resource.getIdPart().equals(id)).map(type::cast).findFirst().orElseThrow();
    }

    /** The expressions of the OperationOutcome's issues. */
    private static List<String> outcome(String path, int status) {
        String body = fhir().get(path).then().statusCode(status).contentType("application/fhir+json").extract().asString();
        return parse(OperationOutcome.class, body).getIssue().stream()
                .map(issue -> issue.getExpression().isEmpty() ? issue.getDiagnostics() : issue.getExpression().getFirst().getValue())
                .toList();
    }

    /** The caller's audit entries, newest first. */
    private static List<String> audited(String actor) {
        return AccessChecks.auditOf(actor).stream().map(entry -> entry.get("action") + " " + entry.get("resource") + " "
                + entry.get("status") + " " + entry.get("outcome") + " " + entry.get("patientId")).toList();
    }

    private KafkaEvents kafka() {
        return new KafkaEvents(bootstrapServers);
    }

    private static void awaitTimeline(UUID patientId, int entries) {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/patients/{id}/timeline?limit=500", patientId)
                .then().statusCode(200).extract().jsonPath().getList("entries").size() >= entries);
    }
}
