package org.pallium.gateway.mapping.fhir;

import java.util.Date;

import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementKind;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.RestfulCapabilityMode;
import org.hl7.fhir.r4.model.CapabilityStatement.TypeRestfulInteraction;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.FHIRVersion;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.SearchParamType;

/** What the gateway's FHIR endpoint does, and does not, as a FHIR client discovers it. */
public final class CapabilityStatements {

    private static final String RESTFUL_SECURITY_SERVICE = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    private CapabilityStatements() {
    }

    /**
     * @param fhirBase the endpoint's base URL, ending in {@code /}
     * @param since    when this gateway started, and so when its capabilities last changed
     */
    public static CapabilityStatement of(String fhirBase, String version, Date since) {
        CapabilityStatement statement = new CapabilityStatement();
        statement.setStatus(PublicationStatus.ACTIVE);
        statement.setDate(since);
        statement.setPublisher("Pallium");
        statement.setKind(CapabilityStatementKind.INSTANCE);
        statement.getSoftware().setName("Pallium referral gateway").setVersion(version);
        statement.getImplementation().setDescription("Pallium palliative-care referral intake (FHIR R4)").setUrl(fhirBase);
        statement.setFhirVersion(FHIRVersion._4_0_1);
        statement.addFormat("application/fhir+json");
        statement.addFormat("json");
        CapabilityStatementRestComponent rest = statement.addRest().setMode(RestfulCapabilityMode.SERVER);
        rest.setDocumentation("EHR systems refer patients to palliative care with a ServiceRequest and follow it by its Task;"
                + " clinicians and coordinators read a patient's palliative care record with Patient/$everything. Errors are OperationOutcomes listing every issue with its FHIRPath.");
        rest.getSecurity().addService().addCoding(new Coding(RESTFUL_SECURITY_SERVICE, "OAuth", "OAuth"));
        rest.getSecurity().setDescription("Every interaction but this statement needs a bearer token (OAuth 2.0) from"
                + " Pallium's OpenID Connect provider, for the audience pallium, with the caller's roles in its groups"
                + " claim. An EHR system (ehr-system) creates ServiceRequests, and reads and revokes those it created and"
                + " their Tasks; a coordinator may do all of it for any referral; a clinician reads those of the patients"
                + " on their setting's census, and those patients' records (Patient/$everything); a coordinator every"
                + " patient's. A referral or patient the caller may not see is not found. Without a valid token:"
                + " 401; with a role that may not: 403.");
        rest.addResource(serviceRequest());
        rest.addResource(task());
        rest.addResource(patient());
        return statement;
    }

    private static CapabilityStatementRestResourceComponent serviceRequest() {
        CapabilityStatementRestResourceComponent resource = new CapabilityStatementRestResourceComponent().setType("ServiceRequest");
        resource.setDocumentation("A referral to palliative care. POST takes the ServiceRequest with the resources it refers"
                + " to (Patient, the diagnosis as a Condition in reasonReference, the requester as a PractitionerRole, a"
                + " Coverage, DocumentReferences) contained, or as entries of a transaction or collection Bundle holding the"
                + " ServiceRequest; or the subject by identifier alone for a patient Pallium already knows. The OpenAPI"
                + " document (/q/openapi) maps every element.");
        resource.addInteraction().setCode(TypeRestfulInteraction.CREATE).setDocumentation("A ServiceRequest whose identifier"
                + " (or Idempotency-Key header) Pallium already holds is not created again: the original comes back with"
                + " 200, as a conditional create on the identifier would; the same identifier with other content is a 409.");
        resource.addInteraction().setCode(TypeRestfulInteraction.READ).setDocumentation("The referral as Pallium holds it,"
                + " its patient contained.");
        resource.addInteraction().setCode(TypeRestfulInteraction.UPDATE).setDocumentation("Revocation only: PUT the"
                + " ServiceRequest as read, with status revoked and optionally a note saying why; it cancels the referral."
                + " Any other change is refused with 422.");
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        resource.setUpdateCreate(false);
        resource.setConditionalCreate(false);
        resource.setConditionalUpdate(false);
        resource.setConditionalDelete(CapabilityStatement.ConditionalDeleteStatus.NOTSUPPORTED);
        return resource;
    }

    private static CapabilityStatementRestResourceComponent patient() {
        CapabilityStatementRestResourceComponent resource = new CapabilityStatementRestResourceComponent().setType("Patient");
        resource.setDocumentation("The patient's palliative care record from hospital, clinic and home: Encounters,"
                + " Observations (ESAS-r, PPS, code status), ServiceRequests, Appointments and DocumentReferences, each once"
                + " as it stands now, newest first, in pages linked by next (no cap).");
        resource.addOperation().setName("everything").setDefinition("http://hl7.org/fhir/OperationDefinition/Patient-everything")
                .setDocumentation("Takes _type, _since, start, end and _count (1 to 500, default 100).");
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        return resource;
    }

    private static CapabilityStatementRestResourceComponent task() {
        CapabilityStatementRestResourceComponent resource = new CapabilityStatementRestResourceComponent().setType("Task");
        resource.setDocumentation("The referral's progress, as in the BSeR referral guide: requested, received, accepted or"
                + " rejected, in-progress, completed, or cancelled. businessStatus gives Pallium's own status.");
        resource.addInteraction().setCode(TypeRestfulInteraction.READ).setDocumentation("The Task's id is the referral's.");
        resource.addInteraction().setCode(TypeRestfulInteraction.SEARCHTYPE).setDocumentation("By based-on only.");
        resource.addSearchParam().setName("based-on").setType(SearchParamType.REFERENCE)
                .setDefinition("http://hl7.org/fhir/SearchParameter/Task-based-on")
                .setDocumentation("ServiceRequest/{id}: the Task of that referral");
        resource.setVersioning(CapabilityStatement.ResourceVersionPolicy.NOVERSION);
        resource.setReadHistory(false);
        return resource;
    }
}
