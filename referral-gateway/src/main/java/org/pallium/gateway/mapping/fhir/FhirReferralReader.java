package org.pallium.gateway.mapping.fhir;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.pallium.events.AdministrativeSex;
import org.pallium.events.CareSetting;
import org.pallium.events.CoverageType;
import org.pallium.events.Urgency;
import org.pallium.gateway.mapping.fhir.PalliumCodeSystems.RoutingCircumstance;
import org.pallium.gateway.mapping.fhir.ReferralParts.Located;
import org.pallium.gateway.rest.SubmitReferralRequest;
import org.pallium.gateway.service.ReferralRules;

/**
 * Reads the JSON API's referral from a FHIR ServiceRequest and the resources it refers to, and
 * notes in {@link FieldSources} where each field came from. Only what Pallium cannot take at all is
 * an issue here; the JSON API's rules, checked afterwards, judge the rest.
 */
final class FhirReferralReader {

    private static final String BCP_47 = "urn:ietf:bcp:47";

    private FhirReferralReader() {
    }

    static SubmitReferralRequest referralOf(ReferralParts parts, SubmitReferralRequest.PatientDetails patient,
            FieldSources sources, IssueCollector issues) {
        ServiceRequest request = parts.serviceRequest();
        String path = parts.path();
        Set<RoutingCircumstance> circumstances = circumstancesOf(request, path, issues);
        return new SubmitReferralRequest(
                referralIdentifierOf(request, path, sources),
                patient,
                diagnosisOf(parts, sources, issues),
                reasonOf(request, path, sources),
                symptomsOf(request, path, sources),
                urgencyOf(request, path, sources),
                goalsOfCareOf(request, path, sources),
                settingOf(request, path, issues).orElse(null),
                trueOrNull(circumstances.contains(RoutingCircumstance.ADMITTED)),
                trueOrNull(circumstances.contains(RoutingCircumstance.HOMEBOUND)),
                trueOrNull(circumstances.contains(RoutingCircumstance.HOME_CARE_REQUESTED)),
                referrerOf(parts, sources),
                coverageOf(parts, sources, issues),
                attachmentsOf(parts, sources, issues));
    }

    /**
     * The patient as a Patient resource of the request describes them. {@code contact[0]} is read
     * as the parent or guardian of a child only: an adult's contacts are next of kin and
     * emergency contacts, not someone who decides for them.
     */
    static SubmitReferralRequest.PatientDetails patientOf(Located<Patient> sent, LocalDate today, FieldSources sources,
            IssueCollector issues) {
        Patient patient = sent.resource();
        String path = sent.path();
        sources.put("patient.identifier", path + ".identifier", "The patient's identifier");
        sources.put("patient.identifier.system", path + ".identifier[0].system", "The system of the patient's identifier");
        sources.put("patient.identifier.value", path + ".identifier[0].value", "The value of the patient's identifier");
        sources.put("patient.name", path + (patient.hasName() ? ".name[0]" : ".name"),
                "The patient's name (text, or given and family names)");
        sources.put("patient.birthDate", path + ".birthDate", "The patient's birth date");
        sources.put("patient.sex", path + ".gender", "The patient's administrative gender");
        LocalDate birthDate = dateOf(patient.getBirthDateElement(), "patient.birthDate", path + ".birthDate", sources, issues);
        return new SubmitReferralRequest.PatientDetails(
                patient.hasIdentifier() ? identifierOf(patient.getIdentifierFirstRep()) : null,
                patient.hasName() ? patient.getNameFirstRep().getNameAsSingleString() : null,
                birthDate,
                sexOf(patient.getGender()),
                phoneOf(patient.getTelecom(), "patient.phone", path + ".telecom", sources),
                preferredLanguageOf(patient, path, sources),
                addressOf(patient, path, sources),
                birthDate != null && ReferralRules.needsGuardian(birthDate, today) ? guardianOf(patient, path, sources) : null);
    }

    /** A patient the request names by identifier only, as Pallium last heard of them. */
    static SubmitReferralRequest.PatientDetails knownPatientOf(ReferralParts.IdentifiedPatient identified,
            org.pallium.events.PatientDetails known, FieldSources sources) {
        sources.put("patient", identified.path(), "What Pallium holds of the patient identified here; send the Patient with"
                + " the referral to give more");
        org.pallium.events.Address address = known.address();
        org.pallium.events.Guardian guardian = known.guardian();
        return new SubmitReferralRequest.PatientDetails(identifierOf(identified.identifier()), known.name(), known.birthDate(),
                known.sex(), known.phone(), known.preferredLanguage(),
                address == null ? null : new SubmitReferralRequest.Address(address.lines(), address.city(), address.state(),
                        address.postalCode(), address.country()),
                guardian == null ? null : new SubmitReferralRequest.Guardian(guardian.name(), guardian.relationship(), guardian.phone()));
    }

    static SubmitReferralRequest.Identifier identifierOf(Identifier identifier) {
        return new SubmitReferralRequest.Identifier(identifier.getSystem(), identifier.getValue());
    }

    private static SubmitReferralRequest.Identifier referralIdentifierOf(ServiceRequest request, String path, FieldSources sources) {
        if (!request.hasIdentifier()) {
            return null;
        }
        sources.put("referralIdentifier.system", path + ".identifier[0].system", "The system of the referral's identifier");
        sources.put("referralIdentifier.value", path + ".identifier[0].value", "The value of the referral's identifier");
        return identifierOf(request.getIdentifierFirstRep());
    }

    private static AdministrativeSex sexOf(AdministrativeGender gender) {
        return gender == null ? null : switch (gender) {
            case MALE -> AdministrativeSex.MALE;
            case FEMALE -> AdministrativeSex.FEMALE;
            case OTHER -> AdministrativeSex.OTHER;
            case UNKNOWN -> AdministrativeSex.UNKNOWN;
            case NULL -> null;
        };
    }

    private static String phoneOf(List<ContactPoint> telecom, String field, String path, FieldSources sources) {
        for (int index = 0; index < telecom.size(); index++) {
            if (telecom.get(index).getSystem() == ContactPoint.ContactPointSystem.PHONE) {
                sources.put(field, path + "[" + index + "].value", "The phone number");
                return telecom.get(index).getValue();
            }
        }
        return null;
    }

    /** The preferred language, else the only or first one: a BCP 47 code, else the text. */
    private static String preferredLanguageOf(Patient patient, String path, FieldSources sources) {
        List<Patient.PatientCommunicationComponent> languages = patient.getCommunication();
        int index = IntStream.range(0, languages.size()).filter(candidate -> languages.get(candidate).getPreferred())
                .findFirst().orElse(0);
        if (languages.isEmpty()) {
            return null;
        }
        sources.put("patient.preferredLanguage", path + ".communication[" + index + "].language",
                "The patient's preferred language, as a BCP 47 code (" + BCP_47 + ")");
        CodeableConcept language = languages.get(index).getLanguage();
        return language.getCoding().stream().filter(coding -> BCP_47.equals(coding.getSystem())).map(Coding::getCode).findFirst()
                .orElse(language.getText());
    }

    private static SubmitReferralRequest.Address addressOf(Patient patient, String path, FieldSources sources) {
        if (!patient.hasAddress()) {
            sources.put("patient.address", path + ".address", "The patient's address");
            return null;
        }
        String address = path + ".address[0]";
        sources.put("patient.address", address, "The patient's address");
        sources.put("patient.address.lines", address + ".line", "The street lines of the patient's address");
        org.hl7.fhir.r4.model.Address sent = patient.getAddressFirstRep();
        IntStream.range(0, sent.getLine().size()).forEach(index ->
                sources.put("patient.address.lines[" + index + "]", address + ".line[" + index + "]", "A line of the patient's address"));
        sources.put("patient.address.city", address + ".city", "The city of the patient's address");
        sources.put("patient.address.state", address + ".state", "The state of the patient's address");
        sources.put("patient.address.postalCode", address + ".postalCode", "The postal code of the patient's address");
        sources.put("patient.address.country", address + ".country", "The country of the patient's address");
        return new SubmitReferralRequest.Address(sent.getLine().stream().map(StringType::getValue).toList(), sent.getCity(),
                sent.getState(), sent.getPostalCode(), sent.getCountry());
    }

    private static SubmitReferralRequest.Guardian guardianOf(Patient patient, String path, FieldSources sources) {
        if (!patient.hasContact()) {
            sources.put("patient.guardian", path + ".contact", "The parent or guardian of a child (Patient.contact)");
            return null;
        }
        String contact = path + ".contact[0]";
        Patient.ContactComponent guardian = patient.getContactFirstRep();
        sources.put("patient.guardian", contact, "The parent or guardian of a child (Patient.contact)");
        sources.put("patient.guardian.name", contact + ".name", "The name of the parent or guardian");
        sources.put("patient.guardian.relationship", contact + ".relationship", "How the parent or guardian is related to the"
                + " patient (relationship text, or a coding's display or code)");
        sources.put("patient.guardian.phone", contact + ".telecom", "The phone number of the parent or guardian");
        return new SubmitReferralRequest.Guardian(
                guardian.hasName() ? guardian.getName().getNameAsSingleString() : null,
                guardian.getRelationship().stream().findFirst().map(FhirReferralReader::wordsOf).orElse(null),
                phoneOf(guardian.getTelecom(), "patient.guardian.phone", contact + ".telecom", sources));
    }

    /** The diagnosis: the Condition in {@code reasonReference[0]}, with its code, date and stage. */
    private static SubmitReferralRequest.Diagnosis diagnosisOf(ReferralParts parts, FieldSources sources, IssueCollector issues) {
        ServiceRequest request = parts.serviceRequest();
        String label = "The diagnosis: a Condition in reasonReference[0], contained or a Bundle entry";
        Optional<Located<Condition>> sent = parts.resolve(request.getReasonReferenceFirstRep(), Condition.class);
        if (sent.isEmpty()) {
            sources.put("diagnosis", parts.path() + (request.hasReasonReference() ? ".reasonReference[0]" : ".reasonReference"), label);
            return null;
        }
        Condition condition = sent.get().resource();
        String path = sent.get().path();
        sources.put("diagnosis.code", path + ".code", "The diagnosis code (a coding, such as ICD-10-CM)");
        sources.put("diagnosis.code.system", path + ".code.coding[0].system", "The system of the diagnosis code");
        sources.put("diagnosis.code.code", path + ".code.coding[0].code", "The diagnosis code");
        sources.put("diagnosis.code.display", path + ".code.coding[0].display", "The display of the diagnosis code");
        sources.put("diagnosis.text", path + ".code", "The diagnosis in words (code.text, or the coding's display)");
        sources.put("diagnosis.diagnosedOn", path + ".onset", "The date of diagnosis (onsetDateTime)");
        sources.put("diagnosis.advancedCancer", path + ".stage", "Whether it is an advanced cancer (stage.summary coding "
                + PalliumCodeSystems.CANCER_STAGE + "#" + PalliumCodeSystems.ADVANCED_CANCER + " or #"
                + PalliumCodeSystems.NOT_ADVANCED_CANCER + ")");
        CodeableConcept code = condition.getCode();
        Coding coding = code.hasCoding() ? code.getCodingFirstRep() : null;
        LocalDate diagnosedOn = condition.getOnset() instanceof DateTimeType onset
                ? dateOf(onset, "diagnosis.diagnosedOn", path + ".onset", sources, issues) : null;
        return new SubmitReferralRequest.Diagnosis(
                coding == null ? null : new SubmitReferralRequest.Coding(coding.getSystem(), coding.getCode(), coding.getDisplay()),
                code.hasText() ? code.getText() : coding == null ? null : coding.getDisplay(),
                diagnosedOn,
                advancedCancerOf(condition, path, issues));
    }

    private static Boolean advancedCancerOf(Condition condition, String path, IssueCollector issues) {
        Optional<String> stage = condition.getStage().stream()
                .flatMap(candidate -> candidate.getSummary().getCoding().stream())
                .filter(coding -> PalliumCodeSystems.CANCER_STAGE.equals(coding.getSystem()))
                .map(Coding::getCode).findFirst();
        if (stage.isEmpty()) {
            return null;
        }
        return switch (stage.get()) {
            case PalliumCodeSystems.ADVANCED_CANCER -> Boolean.TRUE;
            case PalliumCodeSystems.NOT_ADVANCED_CANCER -> Boolean.FALSE;
            default -> {
                issues.error(IssueType.CODEINVALID, path + ".stage", "Unknown stage: the codes of " + PalliumCodeSystems.CANCER_STAGE
                        + " are " + PalliumCodeSystems.ADVANCED_CANCER + " and " + PalliumCodeSystems.NOT_ADVANCED_CANCER);
                yield null;
            }
        };
    }

    /** A full date; a FHIR date may be a year or a month only, which Pallium cannot use. */
    private static LocalDate dateOf(BaseDateTimeType date, String field, String expression, FieldSources sources,
            IssueCollector issues) {
        if (date == null || date.getValue() == null) {
            return null;
        }
        if (date.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            issues.error(IssueType.VALUE, expression, "Pallium needs the full date here (YYYY-MM-DD), not a year or a month");
            sources.reported(field);
            return null;
        }
        return LocalDate.parse(date.getValueAsString().substring(0, 10));
    }

    private static String reasonOf(ServiceRequest request, String path, FieldSources sources) {
        sources.put("reason", path + ".reasonCode", "The reason for the referral, in the referrer's words (reasonCode[0] text,"
                + " else its coding's display)");
        return request.getReasonCode().stream().findFirst().map(FhirReferralReader::wordsOf).orElse(null);
    }

    /** Every order detail but the routing circumstances: the symptoms or needs to address. */
    private static List<String> symptomsOf(ServiceRequest request, String path, FieldSources sources) {
        sources.put("symptoms", path + ".orderDetail", "The symptoms or needs to address (orderDetail)");
        List<CodeableConcept> details = request.getOrderDetail();
        List<String> symptoms = new ArrayList<>();
        for (int index = 0; index < details.size(); index++) {
            CodeableConcept detail = details.get(index);
            if (detail.getCoding().stream().noneMatch(coding -> PalliumCodeSystems.ROUTING.equals(coding.getSystem()))) {
                sources.put("symptoms[" + symptoms.size() + "]", path + ".orderDetail[" + index + "]",
                        "A symptom or need to address (text, or a coding's display)");
                symptoms.add(wordsOf(detail));
            }
        }
        return symptoms;
    }

    private static Urgency urgencyOf(ServiceRequest request, String path, FieldSources sources) {
        sources.put("urgency", path + ".priority", "The urgency (priority: routine, urgent, asap or stat)");
        return request.getPriority() == null ? null : switch (request.getPriority()) {
            case ROUTINE -> Urgency.ROUTINE;
            case URGENT -> Urgency.URGENT;
            case ASAP, STAT -> Urgency.EMERGENT;
            case NULL -> null;
        };
    }

    private static String goalsOfCareOf(ServiceRequest request, String path, FieldSources sources) {
        sources.put("goalsOfCare", path + ".note", "The goals of care known so far (note)");
        String goals = request.getNote().stream().filter(Annotation::hasText).map(Annotation::getText)
                .collect(Collectors.joining("\n\n"));
        return goals.isEmpty() ? null : goals;
    }

    /** The setting the referrer chose, in Pallium's code system; codings of other systems do not choose. */
    private static Optional<CareSetting> settingOf(ServiceRequest request, String path, IssueCollector issues) {
        Optional<Coding> chosen = request.getPerformerType().getCoding().stream()
                .filter(coding -> PalliumCodeSystems.CARE_SETTING.equals(coding.getSystem())).findFirst();
        Optional<CareSetting> setting = chosen.flatMap(coding -> EnumSet.allOf(CareSetting.class).stream()
                .filter(candidate -> candidate.name().equals(coding.getCode())).findFirst());
        if (chosen.isPresent() && setting.isEmpty()) {
            issues.error(IssueType.CODEINVALID, path + ".performerType", "Unknown care setting: the codes of "
                    + PalliumCodeSystems.CARE_SETTING + " are " + List.of(CareSetting.values()));
        }
        return setting;
    }

    private static Set<RoutingCircumstance> circumstancesOf(ServiceRequest request, String path, IssueCollector issues) {
        Set<RoutingCircumstance> circumstances = EnumSet.noneOf(RoutingCircumstance.class);
        List<CodeableConcept> details = request.getOrderDetail();
        for (int index = 0; index < details.size(); index++) {
            for (Coding coding : details.get(index).getCoding()) {
                if (PalliumCodeSystems.ROUTING.equals(coding.getSystem())) {
                    Optional<RoutingCircumstance> circumstance = RoutingCircumstance.ofCode(coding.getCode());
                    circumstance.ifPresent(circumstances::add);
                    if (circumstance.isEmpty()) {
                        issues.error(IssueType.CODEINVALID, path + ".orderDetail[" + index + "]", "Unknown routing circumstance:"
                                + " the codes of " + PalliumCodeSystems.ROUTING + " are admitted, homebound and home-care-requested");
                    }
                }
            }
        }
        return circumstances;
    }

    private static Boolean trueOrNull(boolean flag) {
        return flag ? Boolean.TRUE : null;
    }

    /**
     * The referrer: a PractitionerRole in {@code requester} names both the clinician and the
     * organisation; a Practitioner, or the requester's display, names the clinician only.
     */
    private static SubmitReferralRequest.Referrer referrerOf(ReferralParts parts, FieldSources sources) {
        Reference requester = parts.serviceRequest().getRequester();
        String clinicianAt = parts.path() + ".requester";
        String organisationAt = parts.path() + ".requester";
        String clinician = requester.getDisplay();
        String organisation = null;
        Optional<Located<PractitionerRole>> role = parts.resolve(requester, PractitionerRole.class);
        if (role.isPresent()) {
            clinicianAt = role.get().path() + ".practitioner";
            organisationAt = role.get().path() + ".organization";
            clinician = nameOf(parts, role.get().resource().getPractitioner()).orElse(clinician);
            Reference organization = role.get().resource().getOrganization();
            organisation = parts.resolve(organization, Organization.class).map(Located::resource).filter(Organization::hasName)
                    .map(Organization::getName).orElse(organization.getDisplay());
        } else {
            clinician = nameOf(parts, requester).orElse(clinician);
        }
        sources.put("referrer.clinician", clinicianAt, "The referring clinician (requester: a PractitionerRole's practitioner,"
                + " a Practitioner, or its display)");
        sources.put("referrer.organisation", organisationAt, "The referring organisation (requester: a PractitionerRole's"
                + " organization)");
        return new SubmitReferralRequest.Referrer(clinician, organisation);
    }

    private static Optional<String> nameOf(ReferralParts parts, Reference practitioner) {
        return parts.resolve(practitioner, Practitioner.class).map(Located::resource).filter(Practitioner::hasName)
                .map(found -> found.getNameFirstRep().getNameAsSingleString())
                .or(() -> Optional.ofNullable(practitioner.getDisplay()));
    }

    /** Who pays: the Coverage in {@code insurance[0]}, its type in Pallium's code system. */
    private static SubmitReferralRequest.Coverage coverageOf(ReferralParts parts, FieldSources sources, IssueCollector issues) {
        ServiceRequest request = parts.serviceRequest();
        if (!request.hasInsurance()) {
            return null;
        }
        Optional<Located<Coverage>> sent = parts.resolve(request.getInsuranceFirstRep(), Coverage.class);
        if (sent.isEmpty()) {
            issues.error(IssueType.NOTFOUND, parts.path() + ".insurance[0]", "The insurance must be a Coverage sent with the"
                    + " referral: contained (#id), or a Bundle entry (its fullUrl)");
            sources.reported("coverage");
            return null;
        }
        Coverage coverage = sent.get().resource();
        String path = sent.get().path();
        sources.put("coverage.type", path + ".type", "Who pays (type coding " + PalliumCodeSystems.COVERAGE_TYPE + ": "
                + List.of(CoverageType.values()) + ")");
        sources.put("coverage.payer", path + ".payor", "The payer (payor[0]: an Organization's name, or its display)");
        sources.put("coverage.memberId", path + ".subscriberId", "The patient's number with the payer (subscriberId)");
        Optional<Coding> coded = coverage.getType().getCoding().stream()
                .filter(coding -> PalliumCodeSystems.COVERAGE_TYPE.equals(coding.getSystem())).findFirst();
        Optional<CoverageType> type = coded.flatMap(coding -> EnumSet.allOf(CoverageType.class).stream()
                .filter(candidate -> candidate.name().equals(coding.getCode())).findFirst());
        if (coded.isPresent() && type.isEmpty()) {
            issues.error(IssueType.CODEINVALID, path + ".type", "Unknown coverage type: the codes of "
                    + PalliumCodeSystems.COVERAGE_TYPE + " are " + List.of(CoverageType.values()));
            sources.reported("coverage.type");
        }
        Reference payor = coverage.getPayorFirstRep();
        String payer = parts.resolve(payor, Organization.class).map(Located::resource).filter(Organization::hasName)
                .map(Organization::getName).orElse(payor.getDisplay());
        return new SubmitReferralRequest.Coverage(type.orElse(null), payer, coverage.getSubscriberId());
    }

    /**
     * The attachments: DocumentReferences in {@code supportingInfo}, whose attachment's URL points
     * to the document. Other supporting information is not Pallium's to keep.
     */
    private static List<SubmitReferralRequest.Attachment> attachmentsOf(ReferralParts parts, FieldSources sources,
            IssueCollector issues) {
        sources.put("attachments", parts.path() + ".supportingInfo", "The attachments (DocumentReferences in supportingInfo)");
        List<Reference> supportingInfo = parts.serviceRequest().getSupportingInfo();
        List<SubmitReferralRequest.Attachment> attachments = new ArrayList<>();
        for (int index = 0; index < supportingInfo.size(); index++) {
            Reference reference = supportingInfo.get(index);
            Optional<Located<DocumentReference>> document = parts.resolve(reference, DocumentReference.class);
            if (document.isPresent()) {
                attachments.add(attachmentOf(document.get(), "attachments[" + attachments.size() + "]", sources, issues));
            } else if (isDocument(reference)) {
                issues.error(IssueType.NOTFOUND, parts.path() + ".supportingInfo[" + index + "]", "Pallium takes an attachment"
                        + " as a DocumentReference sent with the referral (contained, or a Bundle entry) whose"
                        + " content.attachment.url points to the document; it fetches nothing");
            }
        }
        return attachments;
    }

    private static SubmitReferralRequest.Attachment attachmentOf(Located<DocumentReference> document, String field,
            FieldSources sources, IssueCollector issues) {
        String path = document.path() + ".content[0].attachment";
        sources.put(field, path, "An attachment");
        sources.put(field + ".url", path + ".url", "Where the document is (attachment.url, an absolute URL)");
        sources.put(field + ".contentType", path + ".contentType", "The document's MIME type (attachment.contentType)");
        sources.put(field + ".title", path + ".title", "The document's title");
        org.hl7.fhir.r4.model.Attachment attachment = document.resource().getContentFirstRep().getAttachment();
        URI url = null;
        if (attachment.hasUrl()) {
            try {
                url = new URI(attachment.getUrl());
            } catch (URISyntaxException e) {
                issues.error(IssueType.VALUE, path + ".url", "Not a URL: " + e.getReason());
                sources.reported(field + ".url");
            }
        }
        return new SubmitReferralRequest.Attachment(url, attachment.getContentType(), attachment.getTitle());
    }

    private static boolean isDocument(Reference reference) {
        String target = reference.hasReference() ? reference.getReference() : "";
        return "DocumentReference".equals(reference.getType()) || "Binary".equals(reference.getType())
                || target.contains("DocumentReference/") || target.contains("Binary/");
    }

    /** A concept in words: its text, else its first coding's display, else that coding's code. */
    private static String wordsOf(CodeableConcept concept) {
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().findFirst().map(coding -> coding.hasDisplay() ? coding.getDisplay() : coding.getCode())
                .orElse(null);
    }
}
