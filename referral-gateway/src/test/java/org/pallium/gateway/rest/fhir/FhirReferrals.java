package org.pallium.gateway.rest.fhir;

import static io.restassured.RestAssured.given;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import io.restassured.specification.RequestSpecification;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/** Referrals as an EHR builds them with the HAPI FHIR model, and the calls it makes with them. */
final class FhirReferrals {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final String FHIR_JSON = "application/fhir+json";
    static final String MRN_SYSTEM = "urn:oid:2.16.840.1.113883.19.5";
    static final String REFERRAL_SYSTEM = "urn:oid:2.16.840.1.113883.19.5.99";
    static final String CARE_SETTING = "urn:pallium:care-setting";
    static final String ROUTING = "urn:pallium:routing";
    static final Coding PALLIATIVE_CARE_REFERRAL = new Coding("http://snomed.info/sct", "306237005",
            "Referral to palliative care service");

    private FhirReferrals() {
    }

    /**
     * A complete referral of an adult to the home programme, everything it refers to contained:
     * [0] the Patient, [1] the diagnosis, [2] the referrer, [3] the coverage, [4] an attachment.
     */
    static ServiceRequest complete(String mrn, String referralNumber) {
        Patient patient = new Patient();
        patient.setId("p1");
        patient.addIdentifier().setSystem(MRN_SYSTEM).setValue(mrn);
        patient.addName().setText("Ada Lovelace");
        patient.setBirthDateElement(new DateType("1952-12-10"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue("+1 555 0100");
        patient.addCommunication().setPreferred(true).setLanguage(new CodeableConcept(new Coding("urn:ietf:bcp:47", "en", null)));
        patient.addAddress().addLine("12 Elm Street").setCity("Springfield").setState("IL").setPostalCode("62701");
        Condition diagnosis = new Condition();
        diagnosis.setId("dx");
        diagnosis.setSubject(new Reference("#p1"));
        diagnosis.setCode(new CodeableConcept(new Coding("http://hl7.org/fhir/sid/icd-10-cm", "C50.919",
                "Malignant neoplasm of unspecified site of unspecified female breast")).setText("Metastatic breast cancer"));
        diagnosis.setOnset(new DateTimeType("2026-06-15"));
        diagnosis.addStage().setSummary(new CodeableConcept(new Coding("urn:pallium:cancer-stage", "advanced-cancer", null)));
        PractitionerRole referrer = new PractitionerRole();
        referrer.setId("referrer");
        referrer.setPractitioner(new Reference().setDisplay("Dr. Cicely Saunders"));
        referrer.setOrganization(new Reference().setDisplay("St Christopher's Hospital"));
        Coverage coverage = new Coverage();
        coverage.setId("cov");
        coverage.setStatus(Coverage.CoverageStatus.ACTIVE);
        coverage.setType(new CodeableConcept(new Coding("urn:pallium:coverage-type", "MEDICARE", null)));
        coverage.setBeneficiary(new Reference("#p1"));
        coverage.addPayor(new Reference().setDisplay("Medicare"));
        coverage.setSubscriberId("1EG4-TE5-MK72");
        DocumentReference letter = new DocumentReference();
        letter.setId("letter");
        letter.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        letter.addContent().getAttachment().setUrl("https://ehr.example.org/DocumentReference/77")
                .setContentType("application/pdf").setTitle("Oncology letter");

        ServiceRequest request = new ServiceRequest();
        request.addContained(patient).addContained(diagnosis).addContained(referrer).addContained(coverage).addContained(letter);
        request.addIdentifier().setSystem(REFERRAL_SYSTEM).setValue(referralNumber);
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setPriority(ServiceRequest.ServiceRequestPriority.URGENT);
        request.setCode(new CodeableConcept(PALLIATIVE_CARE_REFERRAL.copy()));
        request.addOrderDetail().setText("pain");
        request.addOrderDetail().setText("breathlessness");
        request.setSubject(new Reference("#p1"));
        request.setAuthoredOn(new Date());
        request.setRequester(new Reference("#referrer"));
        request.setPerformerType(new CodeableConcept(new Coding(CARE_SETTING, "HOME", null)));
        request.addReasonCode().setText("Uncontrolled pain, metastatic breast cancer");
        request.addReasonReference(new Reference("#dx"));
        request.addInsurance(new Reference("#cov"));
        request.addSupportingInfo(new Reference("#letter"));
        request.addNote(new Annotation().setText("Comfort; to stay at home as long as possible"));
        return request;
    }

    /** The referral with its patient taken out of it, every reference to them now {@code patient}. */
    static Patient takePatientOut(ServiceRequest request, Reference patient) {
        Patient taken = containedPatient(request).orElseThrow();
        request.getContained().remove(taken);
        request.setSubject(patient);
        contained(request, Condition.class).setSubject(patient.copy());
        contained(request, Coverage.class).setBeneficiary(patient.copy());
        return taken;
    }

    static <T extends Resource> T contained(ServiceRequest request, Class<T> type) {
        return request.getContained().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    /** The Patient the ServiceRequest's subject points to among its contained resources. */
    static Optional<Patient> containedPatient(ServiceRequest request) {
        return resolve(request, request.getSubject(), Patient.class);
    }

    static <T extends Resource> Optional<T> resolve(ServiceRequest request, Reference reference, Class<T> type) {
        if (!reference.hasReference() || !reference.getReference().startsWith("#")) {
            return Optional.empty();
        }
        String id = reference.getReference().substring(1);
        return request.getContained().stream()
                .filter(resource -> type.isInstance(resource) && id.equals(resource.getIdElement().getIdPart()))
                .map(type::cast)
                .findFirst();
    }

    /** Every element Pallium reads from a complete referral, by name, following the references. */
    static Map<String, Object> mapped(ServiceRequest request) {
        Patient patient = containedPatient(request).orElseThrow();
        Condition diagnosis = resolve(request, request.getReasonReferenceFirstRep(), Condition.class).orElseThrow();
        PractitionerRole referrer = resolve(request, request.getRequester(), PractitionerRole.class).orElseThrow();
        Coverage coverage = resolve(request, request.getInsuranceFirstRep(), Coverage.class).orElseThrow();
        DocumentReference document = resolve(request, request.getSupportingInfoFirstRep(), DocumentReference.class).orElseThrow();
        Map<String, Object> mapped = new LinkedHashMap<>();
        mapped.put("identifier", request.getIdentifierFirstRep().getSystem() + "|" + request.getIdentifierFirstRep().getValue());
        mapped.put("status", request.getStatus().toCode());
        mapped.put("priority", request.getPriority().toCode());
        mapped.put("setting", request.getPerformerType().getCodingFirstRep().getSystem() + "|"
                + request.getPerformerType().getCodingFirstRep().getCode());
        mapped.put("reason", request.getReasonCodeFirstRep().getText());
        mapped.put("symptoms", request.getOrderDetail().stream().map(CodeableConcept::getText).toList());
        mapped.put("goalsOfCare", request.getNote().stream().map(Annotation::getText).collect(Collectors.joining("\n\n")));
        mapped.put("patient.identifier", patient.getIdentifierFirstRep().getSystem() + "|" + patient.getIdentifierFirstRep().getValue());
        mapped.put("patient.name", patient.getNameFirstRep().getText());
        mapped.put("patient.birthDate", patient.getBirthDateElement().getValueAsString());
        mapped.put("patient.gender", patient.getGender().toCode());
        mapped.put("patient.phone", patient.getTelecomFirstRep().getValue());
        mapped.put("patient.language", patient.getCommunicationFirstRep().getLanguage().getCodingFirstRep().getCode());
        mapped.put("patient.address", patient.getAddressFirstRep().getLine().toString() + "|" + patient.getAddressFirstRep().getCity()
                + "|" + patient.getAddressFirstRep().getState() + "|" + patient.getAddressFirstRep().getPostalCode());
        mapped.put("diagnosis.code", diagnosis.getCode().getCodingFirstRep().getSystem() + "|"
                + diagnosis.getCode().getCodingFirstRep().getCode() + "|" + diagnosis.getCode().getCodingFirstRep().getDisplay());
        mapped.put("diagnosis.text", diagnosis.getCode().getText());
        mapped.put("diagnosis.onset", diagnosis.getOnsetDateTimeType().getValueAsString());
        mapped.put("diagnosis.stage", diagnosis.getStageFirstRep().getSummary().getCodingFirstRep().getCode());
        mapped.put("referrer", referrer.getPractitioner().getDisplay() + "|" + referrer.getOrganization().getDisplay());
        mapped.put("coverage", coverage.getType().getCodingFirstRep().getCode() + "|" + coverage.getPayorFirstRep().getDisplay()
                + "|" + coverage.getSubscriberId());
        mapped.put("attachment", document.getContentFirstRep().getAttachment().getUrl() + "|"
                + document.getContentFirstRep().getAttachment().getContentType() + "|"
                + document.getContentFirstRep().getAttachment().getTitle());
        return mapped;
    }

    static String json(IBaseResource resource) {
        return FHIR.newJsonParser().encodeResourceToString(resource);
    }

    static <T extends IBaseResource> T parse(Class<T> type, String body) {
        return FHIR.newJsonParser().parseResource(type, body);
    }

    static RequestSpecification fhir() {
        return given().contentType(FHIR_JSON + "; charset=UTF-8").accept(FHIR_JSON);
    }
}
