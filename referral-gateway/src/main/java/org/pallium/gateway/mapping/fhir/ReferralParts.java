package org.pallium.gateway.mapping.fhir;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * The referral in a request body: its ServiceRequest, the Bundle around it if any, and the patient
 * it is about, each with its place in the body as FHIRPath. The resources it refers to are in the
 * body too: contained in the ServiceRequest, or entries of the Bundle; Pallium fetches nothing.
 */
record ReferralParts(ServiceRequest serviceRequest, String path, Optional<Bundle> bundle, Optional<PatientPart> patient) {

    /** A resource of the body, and its place. */
    record Located<T extends Resource>(T resource, String path) {
    }

    /** How the request names the patient. */
    sealed interface PatientPart {
    }

    /** A Patient resource in the body: contained in the ServiceRequest, or an entry of the Bundle. */
    record SentPatient(Located<Patient> patient) implements PatientPart {
    }

    /** Only an identifier in {@code subject.identifier}: Pallium must know the patient already. */
    record IdentifiedPatient(Identifier identifier, String path) implements PatientPart {
    }

    private static final List<Bundle.BundleType> READABLE_BUNDLES = List.of(Bundle.BundleType.TRANSACTION,
            Bundle.BundleType.COLLECTION);

    /** The referral in {@code resource}, or empty when there is none to read (the issue is collected). */
    static Optional<ReferralParts> of(IBaseResource resource, IssueCollector issues) {
        return switch (resource) {
            case ServiceRequest request -> Optional.of(withPatient(request, "ServiceRequest", Optional.empty(), issues));
            case Bundle bundle -> ofBundle(bundle, issues);
            case Resource other -> {
                issues.addError(IssueType.NOTSUPPORTED, other.fhirType(), "Pallium takes a ServiceRequest, or a Bundle (transaction"
                        + " or collection) holding one ServiceRequest and its Patient; this is a " + other.fhirType());
                yield Optional.empty();
            }
            default -> throw new IllegalArgumentException("not an R4 resource: " + resource.getClass().getName());
        };
    }

    /** The resource a reference of the ServiceRequest points to, when it is in the body and of this type. */
    <T extends Resource> Optional<Located<T>> resolve(Reference reference, Class<T> type) {
        if (!reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        if (target.startsWith("#")) {
            List<Resource> contained = serviceRequest.getContained();
            return IntStream.range(0, contained.size())
                    .filter(index -> type.isInstance(contained.get(index))
                            && target.substring(1).equals(contained.get(index).getIdElement().getIdPart()))
                    .mapToObj(index -> new Located<>(type.cast(contained.get(index)), path + ".contained[" + index + "]"))
                    .findFirst();
        }
        return bundle.flatMap(entries -> IntStream.range(0, entries.getEntry().size())
                .filter(index -> target.equals(entries.getEntry().get(index).getFullUrl())
                        && type.isInstance(entries.getEntry().get(index).getResource()))
                .mapToObj(index -> new Located<>(type.cast(entries.getEntry().get(index).getResource()),
                        "Bundle.entry[" + index + "].resource"))
                .findFirst());
    }

    private static Optional<ReferralParts> ofBundle(Bundle bundle, IssueCollector issues) {
        if (bundle.hasType() && !READABLE_BUNDLES.contains(bundle.getType())) {
            issues.error(IssueType.NOTSUPPORTED, "Bundle.type", "Pallium reads a transaction or a collection Bundle, not a "
                    + bundle.getType().toCode() + " Bundle");
        }
        List<Integer> requests = IntStream.range(0, bundle.getEntry().size())
                .filter(index -> bundle.getEntry().get(index).getResource() instanceof ServiceRequest).boxed().toList();
        if (requests.size() != 1) {
            issues.error(requests.isEmpty() ? IssueType.REQUIRED : IssueType.NOTSUPPORTED, "Bundle.entry",
                    "The Bundle must hold exactly one ServiceRequest; it holds " + requests.size());
            return Optional.empty();
        }
        ServiceRequest request = (ServiceRequest) bundle.getEntry().get(requests.getFirst()).getResource();
        return Optional.of(withPatient(request, "Bundle.entry[" + requests.getFirst() + "].resource", Optional.of(bundle), issues));
    }

    /**
     * The referral with the patient of its ServiceRequest. A missing subject is the validator's to
     * report (it is required in R4); Pallium reports a subject it cannot follow.
     */
    private static ReferralParts withPatient(ServiceRequest request, String path, Optional<Bundle> bundle, IssueCollector issues) {
        ReferralParts parts = new ReferralParts(request, path, bundle, Optional.empty());
        if (!request.hasSubject()) {
            return parts;
        }
        Reference subject = request.getSubject();
        Optional<PatientPart> patient = subject.hasReference()
                ? parts.resolve(subject, Patient.class).map(SentPatient::new)
                : Optional.ofNullable(subject.hasIdentifier() ? new IdentifiedPatient(subject.getIdentifier(), path + ".subject.identifier") : null);
        if (patient.isEmpty()) {
            issues.error(IssueType.NOTFOUND, path + ".subject", "The subject must be a Patient contained in the ServiceRequest"
                    + " (#id), a Patient entry of the Bundle (its fullUrl), or a patient Pallium knows, by subject.identifier"
                    + " alone; Pallium fetches nothing from other servers");
        }
        return new ReferralParts(request, path, bundle, patient);
    }
}
