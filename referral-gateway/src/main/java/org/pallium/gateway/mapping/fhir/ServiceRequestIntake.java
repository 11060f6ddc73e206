package org.pallium.gateway.mapping.fhir;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.jboss.logging.Logger;
import org.pallium.events.PatientIdentifier;
import org.pallium.gateway.repository.Patient;
import org.pallium.gateway.rest.AddressWhenCaredForAtHome;
import org.pallium.gateway.rest.GuardianForAChild;
import org.pallium.gateway.rest.SubmitReferralRequest;
import org.pallium.gateway.service.PatientRegistry;
import org.pallium.platform.logging.Redacted;
import org.pallium.platform.security.PatientAccess;

/**
 * Reads what an EHR sends to the FHIR endpoint: parsed by HAPI, validated by HAPI's validator
 * against R4 and Pallium's code systems, then held to the JSON API's rules. A request is refused
 * with every issue at once, or read whole.
 */
@ApplicationScoped
public class ServiceRequestIntake {

    private static final Logger LOG = Logger.getLogger(ServiceRequestIntake.class);
    private static final String REVOKED_WITHOUT_REASON = "Revoked by the referring system";

    /** What a PUT may leave out of the comparison: bookkeeping, and what {@link #revocationOf} looks at itself. */
    private static final Set<String> NOT_COMPARED_ON_UPDATE = Set.of("id", "meta", "text", "status", "note");

    /** The rules that say something must be there, as against how it must be. */
    private static final Set<Class<?>> PRESENCE_RULES = Set.of(NotNull.class, NotBlank.class, NotEmpty.class,
            GuardianForAChild.class, AddressWhenCaredForAtHome.class);

    private final FhirContext fhir;
    private final FhirValidator validator;
    private final Validator rules;
    private final PatientRegistry patients;
    private final PatientAccess access;
    private final Clock clock;

    ServiceRequestIntake(FhirContext fhir, FhirValidator validator, Validator rules, PatientRegistry patients,
            PatientAccess access, Clock clock) {
        this.fhir = fhir;
        this.validator = validator;
        this.rules = rules;
        this.patients = patients;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The referral a POSTed ServiceRequest, or Bundle, makes.
     *
     * @throws FhirOutcomeException 400 when the body is not a FHIR resource in JSON; 422 listing
     *                              every issue when it is an invalid or unusable one
     */
    public SubmitReferralRequest referralOf(String body) {
        IBaseResource resource = parse(body);
        IssueCollector issues = new IssueCollector(validate(body));
        Optional<SubmitReferralRequest> referral = ReferralParts.of(resource, issues).map(parts -> read(parts, issues));
        if (referral.isEmpty() || issues.hasErrors()) {
            throw issues.refusal();
        }
        return referral.get();
    }

    private SubmitReferralRequest read(ReferralParts parts, IssueCollector issues) {
        ServiceRequest request = parts.serviceRequest();
        if (request.getStatus() != null && request.getStatus() != ServiceRequestStatus.ACTIVE) {
            issues.error(IssueType.BUSINESSRULE, parts.path() + ".status", "Pallium takes active referrals; this one is "
                    + request.getStatus().toCode());
        }
        FieldSources sources = new FieldSources(new FieldSources.Source(parts.path(), "The referral"));
        Optional<SubmitReferralRequest.PatientDetails> patient = parts.patient().flatMap(part -> patientOf(part, sources, issues));
        if (patient.isEmpty()) {
            sources.reported("patient");
        }
        SubmitReferralRequest referral = FhirReferralReader.referralOf(parts, patient.orElse(null), sources, issues);
        for (ConstraintViolation<SubmitReferralRequest> violation : rules.validate(referral)) {
            String field = violation.getPropertyPath().toString().replaceAll("\\.?<[^>]*>", "");
            if (!sources.isReported(field)) {
                FieldSources.Source source = sources.of(field);
                issues.error(isPresenceRule(violation) ? IssueType.REQUIRED : IssueType.VALUE, source.expression(),
                        source.label() + ": " + violation.getMessage() + " [" + field + " in the JSON API]");
            }
        }
        return referral;
    }

    private Optional<SubmitReferralRequest.PatientDetails> patientOf(ReferralParts.PatientPart part, FieldSources sources,
            IssueCollector issues) {
        return switch (part) {
            case ReferralParts.SentPatient sent ->
                    Optional.of(FhirReferralReader.patientOf(sent.patient(), LocalDate.now(clock), sources, issues));
            case ReferralParts.IdentifiedPatient identified -> knownPatient(identified, sources, issues);
        };
    }

    /**
     * A patient named by identifier alone must be one Pallium knows: it has nothing else to go on.
     * And one the caller may see (an EHR system, a patient it referred before): else an identifier
     * would fetch anyone's details. A patient the caller may not see reads as unknown.
     */
    private Optional<SubmitReferralRequest.PatientDetails> knownPatient(ReferralParts.IdentifiedPatient identified,
            FieldSources sources, IssueCollector issues) {
        String system = identified.identifier().getSystem();
        String value = identified.identifier().getValue();
        if (system == null || system.isBlank() || value == null || value.isBlank()) {
            issues.error(IssueType.REQUIRED, identified.path(), "A patient identified by subject.identifier needs both its"
                    + " system and its value");
            return Optional.empty();
        }
        Optional<Patient> known = patients.find(new PatientIdentifier(system, value))
                .filter(patient -> access.permits(patient.id));
        if (known.isEmpty()) {
            issues.error(IssueType.NOTFOUND, identified.path(), "Pallium knows no patient by this identifier: send the Patient"
                    + " with the referral, contained in the ServiceRequest or in a Bundle");
            return Optional.empty();
        }
        if (known.get().details == null) {
            issues.error(IssueType.INCOMPLETE, identified.path(), "Pallium knows this patient only from before it kept"
                    + " patients' details (birth date, sex, address...): send the Patient with the referral");
            return Optional.empty();
        }
        return Optional.of(FhirReferralReader.knownPatientOf(identified, known.get().details, sources));
    }

    private static boolean isPresenceRule(ConstraintViolation<?> violation) {
        return PRESENCE_RULES.contains(violation.getConstraintDescriptor().getAnnotation().annotationType());
    }

    /**
     * What a PUT of the ServiceRequest asks. Over FHIR, an EHR can only revoke its referral: it
     * sends back the ServiceRequest as it read it, with status revoked and, if it likes, a note
     * saying why.
     *
     * @param held the ServiceRequest as Pallium holds it now
     * @return the reason, when the PUT revokes the referral; empty when it changes nothing
     * @throws FhirOutcomeException 400 when the body is not FHIR JSON or names another id; 422
     *                              when it is invalid or changes anything but the status
     */
    public Optional<String> revocationOf(String body, ServiceRequest held) {
        IBaseResource resource = parse(body);
        IssueCollector issues = new IssueCollector(validate(body));
        if (!(resource instanceof ServiceRequest sent)) {
            issues.addError(IssueType.NOTSUPPORTED, fhir.getResourceType(resource), "A PUT to a ServiceRequest takes a ServiceRequest");
            throw issues.refusal();
        }
        String id = held.getIdElement().getIdPart();
        if (!id.equals(sent.getIdElement().getIdPart())) {
            throw new FhirOutcomeException(400, OperationOutcomes.of(List.of(FhirIssue.error(IssueType.INVALID, "ServiceRequest.id",
                    "The ServiceRequest's id must be the one in the URL, " + id))));
        }
        ServiceRequest current = (ServiceRequest) parse(fhir.newJsonParser().encodeResourceToString(held));
        for (Property property : current.children()) {
            if (!NOT_COMPARED_ON_UPDATE.contains(property.getName())
                    && !Base.compareDeep(sent.getNamedProperty(property.getName()).getValues(), property.getValues(), true)) {
                issues.error(IssueType.NOTSUPPORTED, "ServiceRequest." + property.getName(), "Only revocation is supported:"
                        + " this differs from the ServiceRequest Pallium holds. Send it back as read, with status revoked.");
            }
        }
        List<Annotation> added = addedNotes(sent, current, issues);
        boolean revokes = sent.getStatus() == ServiceRequestStatus.REVOKED && current.getStatus() != ServiceRequestStatus.REVOKED;
        if (sent.getStatus() != null && sent.getStatus() != current.getStatus() && !revokes) {
            issues.error(IssueType.NOTSUPPORTED, "ServiceRequest.status", "Only revocation is supported: status revoked. The"
                    + " setting's service moves the referral on otherwise.");
        }
        if (issues.hasErrors()) {
            throw issues.refusal();
        }
        return revokes ? Optional.of(added.reversed().stream().filter(Annotation::hasText).map(Annotation::getText)
                .findFirst().orElse(REVOKED_WITHOUT_REASON)) : Optional.empty();
    }

    /** The notes a PUT adds after those Pallium holds (the goals of care), which it must keep as they are. */
    private static List<Annotation> addedNotes(ServiceRequest sent, ServiceRequest current, IssueCollector issues) {
        List<Annotation> held = current.getNote();
        List<Annotation> notes = sent.getNote();
        if (notes.size() < held.size() || !Base.compareDeep(notes.subList(0, held.size()), held, true)) {
            issues.error(IssueType.NOTSUPPORTED, "ServiceRequest.note", "Only revocation is supported: keep the notes Pallium"
                    + " holds as they are, and add one saying why");
            return List.of();
        }
        return notes.subList(held.size(), notes.size());
    }

    /**
     * The body as a HAPI resource. The parser is lenient: what it would stumble on (an unknown
     * element, an invalid code) is for the validator to report, with its place.
     */
    private IBaseResource parse(String body) {
        try {
            return fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false).disableAllErrors()).parseResource(body);
        } catch (DataFormatException e) {
            throw new FhirOutcomeException(400, OperationOutcomes.of(List.of(unparseable(e))));
        }
    }

    private static FhirIssue unparseable(DataFormatException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json && json.getLocation() != null) {
                int line = json.getLocation().getLineNr();
                int column = json.getLocation().getColumnNr();
                return new FhirIssue(IssueSeverity.FATAL, IssueType.STRUCTURE, null, "The body is not valid JSON (line " + line
                        + ", column " + column + "): " + json.getOriginalMessage(), line, column);
            }
        }
        return new FhirIssue(IssueSeverity.FATAL, IssueType.STRUCTURE, null, "The body is not a FHIR R4 resource in JSON: "
                + e.getMessage(), null, null);
    }

    /**
     * The validator reads the body with a JSON reader of its own, stricter than the parser's in
     * places (it refuses nesting deeper than 255, say): a body it cannot read is a bad request.
     */
    private List<FhirIssue> validate(String body) {
        try {
            return OperationOutcomes.issuesOf(validator.validateWithResult(body));
        } catch (RuntimeException e) {
            LOG.warnf("The FHIR validator could not read a request body: %s", Redacted.describe(e));
            throw new FhirOutcomeException(400, OperationOutcomes.of(List.of(new FhirIssue(IssueSeverity.FATAL, IssueType.STRUCTURE,
                    null, "The body could not be read for validation (" + e.getClass().getSimpleName() + ")", null, null))));
        }
    }
}
