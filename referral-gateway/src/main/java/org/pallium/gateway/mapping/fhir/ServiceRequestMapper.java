package org.pallium.gateway.mapping.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.IntStream;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.pallium.events.AttachmentReference;
import org.pallium.events.CareSetting;
import org.pallium.events.CoverageType;
import org.pallium.events.Diagnosis;
import org.pallium.events.Referrer;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralDetails;

/**
 * A referral as the ServiceRequest Pallium holds: what the EHR sent, in the shape Pallium reads
 * it (the patient, diagnosis, referrer, coverage and attachments contained), the setting it went
 * to, and its status. A referral that a transfer opened replaces the one the patient left.
 */
final class ServiceRequestMapper {

    /** What every Pallium referral asks for: SNOMED CT 306237005. */
    static final Coding PALLIATIVE_CARE_REFERRAL = new Coding("http://snomed.info/sct", "306237005",
            "Referral to palliative care service");

    /** Looked up once: {@code TimeZone.getTimeZone} synchronises, and a patient's record calls for thousands. */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final String PATIENT = "patient";
    private static final String DIAGNOSIS = "diagnosis";
    private static final String REFERRER = "referrer";
    private static final String COVERAGE = "coverage";
    private static final String ATTACHMENT = "attachment-";

    private ServiceRequestMapper() {
    }

    /**
     * @param patient the patient's record, for a referral taken in before Pallium kept referrals
     *                whole: it shows their identifier and name only, and the clinician's name
     */
    static ServiceRequest toServiceRequest(Referral referral, Patient patient) {
        ServiceRequest request = new ServiceRequest();
        request.setId(referral.id.toString());
        request.getMeta().setLastUpdatedElement(new InstantType(Date.from(referral.updatedAt)));
        ReferralDetails details = referral.details;
        request.addContained((details == null ? FhirPatients.of(patient) : FhirPatients.of(details.patient())).setId(PATIENT));
        if (referral.ehrIdentifierValue != null) {
            request.addIdentifier().setSystem(referral.ehrIdentifierSystem).setValue(referral.ehrIdentifierValue);
        }
        request.setStatus(FhirReferralStatus.of(referral.status).serviceRequest());
        if (referral.transferredFrom != null) {
            request.addReplaces(new Reference("ServiceRequest/" + referral.transferredFrom));
        }
        request.setIntent(ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept(PALLIATIVE_CARE_REFERRAL.copy()));
        request.setSubject(local(PATIENT));
        request.setAuthoredOnElement(dateTime(referral.submittedAt));
        request.setPerformerType(careSetting(referral.setting));
        request.addReasonCode().setText(referral.reason);
        if (details == null) {
            request.setRequester(new Reference().setDisplay(referral.referringClinician));
            return request;
        }
        request.setPriority(switch (details.urgency()) {
            case ROUTINE -> ServiceRequestPriority.ROUTINE;
            case URGENT -> ServiceRequestPriority.URGENT;
            case EMERGENT -> ServiceRequestPriority.ASAP;
        });
        details.symptoms().forEach(symptom -> request.addOrderDetail().setText(symptom));
        if (details.goalsOfCare() != null) {
            request.addNote(new Annotation().setText(details.goalsOfCare()));
        }
        request.addContained(referrerOf(details.referrer()));
        request.setRequester(local(REFERRER));
        request.addContained(conditionOf(details.diagnosis()));
        request.addReasonReference(local(DIAGNOSIS));
        if (details.coverage() != null) {
            request.addContained(coverageOf(details.coverage()));
            request.addInsurance(local(COVERAGE));
        }
        List<AttachmentReference> attachments = details.attachments();
        IntStream.range(0, attachments.size()).forEach(index -> {
            request.addContained(documentOf(attachments.get(index), ATTACHMENT + (index + 1)));
            request.addSupportingInfo(local(ATTACHMENT + (index + 1)));
        });
        return request;
    }

    private static PractitionerRole referrerOf(Referrer referrer) {
        PractitionerRole role = new PractitionerRole();
        role.setId(REFERRER);
        role.setPractitioner(new Reference().setDisplay(referrer.clinician()));
        role.setOrganization(new Reference().setDisplay(referrer.organisation()));
        return role;
    }

    private static Condition conditionOf(Diagnosis diagnosis) {
        Condition condition = new Condition();
        condition.setId(DIAGNOSIS);
        condition.setSubject(local(PATIENT));
        condition.setCode(new CodeableConcept(new Coding(diagnosis.code().system(), diagnosis.code().code(),
                diagnosis.code().display())).setText(diagnosis.text()));
        if (diagnosis.diagnosedOn() != null) {
            condition.setOnset(new DateTimeType(diagnosis.diagnosedOn().toString()));
        }
        String stage = diagnosis.advancedCancer() ? PalliumCodeSystems.ADVANCED_CANCER : PalliumCodeSystems.NOT_ADVANCED_CANCER;
        condition.addStage().setSummary(new CodeableConcept(new Coding(PalliumCodeSystems.CANCER_STAGE, stage, null)));
        return condition;
    }

    /**
     * R4 requires a payor: the payer Pallium knows, the patient when they pay themselves, or else
     * a display saying Pallium was not told.
     */
    private static Coverage coverageOf(org.pallium.events.Coverage coverage) {
        Coverage shown = new Coverage();
        shown.setId(COVERAGE);
        shown.setStatus(Coverage.CoverageStatus.ACTIVE);
        shown.setType(new CodeableConcept(new Coding(PalliumCodeSystems.COVERAGE_TYPE, coverage.type().name(), null)));
        shown.setBeneficiary(local(PATIENT));
        shown.addPayor(coverage.payer() != null ? new Reference().setDisplay(coverage.payer())
                : coverage.type() == CoverageType.SELF_PAY ? local(PATIENT) : new Reference().setDisplay("Not known to Pallium"));
        shown.setSubscriberId(coverage.memberId());
        return shown;
    }

    private static DocumentReference documentOf(AttachmentReference attachment, String id) {
        DocumentReference document = new DocumentReference();
        document.setId(id);
        document.setStatus(DocumentReferenceStatus.CURRENT);
        document.addContent().getAttachment().setUrl(attachment.url().toString()).setContentType(attachment.contentType())
                .setTitle(attachment.title());
        return document;
    }

    private static Reference local(String id) {
        return new Reference("#" + id);
    }

    static CodeableConcept careSetting(CareSetting setting) {
        return new CodeableConcept(new Coding(PalliumCodeSystems.CARE_SETTING, setting.name(), PalliumCodeSystems.display(setting)));
    }

    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }
}
