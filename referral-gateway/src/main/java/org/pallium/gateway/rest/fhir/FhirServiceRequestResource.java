package org.pallium.gateway.rest.fhir;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.pallium.gateway.mapping.ReferralMapper;
import org.pallium.gateway.mapping.fhir.FhirViews;
import org.pallium.gateway.mapping.fhir.ServiceRequestIntake;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.service.ReferralService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * Referrals as FHIR ServiceRequests, with the same rights as {@code /api/referrals}: an EHR system
 * submits, and reads and revokes what it submitted; a clinician reads the referrals of their
 * setting's census; a coordinator everything. One the caller may not see is a 404 OperationOutcome,
 * as a missing one is.
 */
@Path(FhirEndpoint.ROOT + "/ServiceRequest")
@Produces({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4", description = "Referral intake for EHR systems in HL7 FHIR R4: ServiceRequest, Task, CapabilityStatement")
public class FhirServiceRequestResource {

    private static final String MAPPING = """
            Parsed and validated by the HAPI FHIR R4 validator (with Pallium's code systems), then held to the rules \
            of `POST /api/referrals`. Every issue comes back at once, each with its FHIRPath, in a 422 OperationOutcome.

            The resources the ServiceRequest refers to travel with it: contained (`"#id"`), or entries of a \
            `transaction` or `collection` Bundle posted here (referred to by `fullUrl`). The patient may instead be \
            named by `subject.identifier` alone when Pallium knows them already (otherwise 422).

            | FHIR R4 | Pallium referral (JSON API) |
            |---|---|
            | `identifier[0]` (system and value) | `referralIdentifier`: a retry with it returns the original (200) |
            | `subject` → Patient `identifier[0]` | `patient.identifier`: one identifier, one Pallium patient |
            | Patient `name[0]`: `text`, else prefix, given, family and suffix | `patient.name` |
            | Patient `birthDate` (a full date) | `patient.birthDate` |
            | Patient `gender` | `patient.sex` |
            | Patient `telecom`: the first `phone` | `patient.phone` |
            | Patient `communication` (the preferred one, else the first): `language` coding of `urn:ietf:bcp:47` | `patient.preferredLanguage` |
            | Patient `address[0]`: `line`, `city`, `state`, `postalCode`, `country` | `patient.address` (required for the home setting) |
            | Patient `contact[0]`, for a patient under 18: `name`, `relationship[0]`, the first `phone` | `patient.guardian` |
            | `reasonReference[0]` → Condition: `code.coding[0]`, `code.text`, `onsetDateTime`, `stage[0].summary` coding of `urn:pallium:cancer-stage` (`advanced-cancer` or `not-advanced-cancer`) | `diagnosis`: code, text, diagnosedOn, advancedCancer |
            | `reasonCode[0].text`, else its coding's `display` | `reason` |
            | `orderDetail` other than the routing codings: `text`, else a coding's `display` | `symptoms` |
            | `priority`: `routine`, `urgent`, `asap` or `stat` | `urgency`: ROUTINE, URGENT, EMERGENT (both asap and stat) |
            | `note`: their texts | `goalsOfCare` |
            | `requester` → PractitionerRole: `practitioner` (display, or a Practitioner's name), `organization` (display, or an Organization's name) | `referrer`: clinician, organisation |
            | `performerType` coding of `urn:pallium:care-setting`: `INPATIENT`, `OUTPATIENT`, `HOME` | `setting`; absent: Pallium routes |
            | `orderDetail` codings of `urn:pallium:routing`: `admitted`, `homebound`, `home-care-requested` | `patientAdmitted`, `homebound`, `homeCareRequested` |
            | `insurance[0]` → Coverage: `type` coding of `urn:pallium:coverage-type` (`MEDICARE`, `MEDICAID`, `VA`, `PRIVATE`, `SELF_PAY`, `OTHER`), `payor[0]` (display, or an Organization's name), `subscriberId` | `coverage`: type, payer, memberId |
            | `supportingInfo` → DocumentReference: `content[0].attachment` `url`, `contentType`, `title` | `attachments` (by reference: Pallium keeps the URL) |
            | `status` | must be `active` |
            | `code` | R4 requires it beside `orderDetail`; Pallium answers with SNOMED CT 306237005 |

            201 with `Location` and the ServiceRequest as Pallium holds it, in the same shape; its status then \
            follows the referral's (`GET /fhir/r4/Task?based-on=ServiceRequest/{id}`).""";

    private final ServiceRequestIntake intake;
    private final ReferralService referrals;
    private final FhirViews views;

    FhirServiceRequestResource(ServiceRequestIntake intake, ReferralService referrals, FhirViews views) {
        this.intake = intake;
        this.referrals = referrals;
        this.views = views;
    }

    @POST
    @Consumes({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Refer a patient to palliative care with a FHIR ServiceRequest", description = MAPPING)
    @RequestBody(required = true, content = {
            @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FhirServiceRequest"))})
    @APIResponse(responseCode = "201", description = "Referred; Location names the ServiceRequest",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")))
    @APIResponse(responseCode = "200", description = "Referred before with this identifier (or Idempotency-Key) and this"
            + " content: the original", content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")))
    @APIResponse(responseCode = "400", description = "The body is not a FHIR resource in JSON (with the line and column), or"
            + " the Idempotency-Key is invalid")
    @APIResponse(responseCode = "409", description = "The identifier or Idempotency-Key was used before for other content")
    @APIResponse(responseCode = "413", description = "The body is over 1 MiB: attachments go by reference")
    @APIResponse(responseCode = "415", description = "Not application/fhir+json or application/json (no XML)")
    @APIResponse(responseCode = "422", description = "An invalid or unusable resource: every issue, with its FHIRPath")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.COORDINATOR})
    @Audited(value = AuditAction.CREATE, resource = "referral")
    public Response create(String body,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200)
            @Parameter(description = "Makes a retry return the original; ignored when the ServiceRequest has an identifier")
            String idempotencyKey,
            @Context UriInfo uri) {
        Recorded<Referral> recorded = referrals.submit(ReferralMapper.toSubmission(intake.referralOf(body)),
                Optional.ofNullable(idempotencyKey));
        URI location = uri.getAbsolutePathBuilder().path(recorded.value().id.toString()).build();
        return (recorded.created() ? Response.created(location) : Response.ok().location(location))
                .type(FhirEndpoint.FHIR_JSON_TYPE).entity(views.serviceRequestOf(recorded.value())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A referral as a FHIR ServiceRequest, what it refers to contained",
            description = "`status`: `active` while the setting works on it; `revoked` when rejected or cancelled; `completed`"
                    + " when concluded or transferred (the referral a transfer opens `replaces` it). The Task tells each step.")
    @APIResponse(responseCode = "200", description = "The ServiceRequest",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")))
    @APIResponse(responseCode = "404", description = "No such referral")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "referral")
    public Response read(@PathParam("id") UUID id) {
        return fhirJson(views.serviceRequest(id).orElseThrow(NotFoundException::new));
    }

    @PUT
    @Path("/{id}")
    @Consumes({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(summary = "Revoke a referral: send the ServiceRequest back with status revoked",
            description = "Revocation is the only change: the ServiceRequest as read, with `status` `revoked` and, optionally,"
                    + " a last `note` whose text is the reason (else \"Revoked by the referring system\"). It cancels the"
                    + " referral as `DELETE /api/referrals/{id}` does, and the setting's service is told. Revoking a revoked"
                    + " referral changes nothing. Any other difference is a 422 naming each element that differs.")
    @RequestBody(required = true, content = {
            @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FhirServiceRequest"))})
    @APIResponse(responseCode = "200", description = "The ServiceRequest as Pallium now holds it",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirServiceRequest")))
    @APIResponse(responseCode = "400", description = "Not a FHIR resource in JSON, or its id is not the one in the URL")
    @APIResponse(responseCode = "404", description = "No such referral: a PUT does not create one")
    @APIResponse(responseCode = "413", description = "The body is over 1 MiB")
    @APIResponse(responseCode = "415", description = "Not application/fhir+json or application/json")
    @APIResponse(responseCode = "422", description = "Invalid, or a change other than revocation: every issue, with its FHIRPath")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public Response update(@PathParam("id") UUID id, String body) {
        ServiceRequest held = views.serviceRequest(id).orElseThrow(NotFoundException::new);
        intake.revocationOf(body, held).ifPresent(reason -> referrals.cancel(id, reason));
        return fhirJson(views.serviceRequest(id).orElseThrow(NotFoundException::new));
    }

    private static Response fhirJson(ServiceRequest request) {
        return Response.ok(request, FhirEndpoint.FHIR_JSON_TYPE).build();
    }
}
