package org.pallium.gateway.rest.fhir;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.fhir.PatientEverything;
import org.pallium.gateway.repository.RecordPosition;
import org.pallium.gateway.service.PatientRecords;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A patient's palliative care record for EHRs and clinicians in FHIR R4, with the rights of the
 * timeline it is read from: a clinician for the patients on their setting's census, a coordinator
 * for everyone; any other patient is a 404 OperationOutcome, as an unknown one is.
 */
@Path(FhirEndpoint.ROOT + "/Patient")
@Produces({FhirEndpoint.FHIR_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "FHIR R4")
public class FhirPatientResource {

    private static final String EVERYTHING = """
            Every record of the patient's palliative care from hospital, clinic and home, each once, as it stands \
            after every event about it, newest first by clinical time:

            | Resource | Record |
            |---|---|
            | Encounter | a visit or hospital encounter completed (class IMP, AMB, HH or VR), a call to the nurse line (VR) |
            | Observation | the ESAS-r of a visit (total 0-90, each item a component 0-10), its PPS (%), a code status |
            | ServiceRequest | a referral to palliative care (as `GET ServiceRequest/{id}` shows it), a hospital consult, \
            a referral on to another service, each with its current status |
            | Appointment | a clinic appointment or a scheduled visit: booked, arrived, fulfilled, cancelled or noshow |
            | DocumentReference | a goals-of-care conversation, a transition of care, an advance care planning \
            document (preliminary until signed), linking to the record in its service |

            The first page includes the Patient (`search.mode` include); `_count` counts the other resources. \
            Paging is by cursor: follow `link` `next` until there is none to reach the oldest record, each record \
            once, however many there are (no cap) and whatever arrives meanwhile (it is on a new first page). \
            `next` keeps the parameters. With `_since`, a later client reads only what changed.""";

    private final PatientRecords records;

    FhirPatientResource(PatientRecords records) {
        this.records = records;
    }

    @GET
    // The router matches the path as sent, and clients may send the $ encoded (%24), as RFC 3986 allows.
    @Path("/{patientId}/{operation: (?:\\$|%24)everything}")
    @Operation(summary = "Patient/$everything: the patient's record as a searchset Bundle", description = EVERYTHING)
    @APIResponse(responseCode = "200", description = "A page of the record",
            content = @Content(mediaType = FhirEndpoint.FHIR_JSON, schema = @Schema(ref = "FhirBundle")))
    @APIResponse(responseCode = "400", description = "A parameter the operation does not take, as an OperationOutcome "
            + "naming it: a _type that is no resource type, a _since that is no instant, a start or end that is no "
            + "date, a _count under 1, a cursor the operation did not give out")
    @APIResponse(responseCode = "404", description = "No such patient, or not one the caller may see")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "patient-record")
    public Response everything(@PathParam("patientId") UUID patientId,
            @QueryParam("_type") @Parameter(description = "Resource types, comma-separated or repeated: Patient, "
                    + "Encounter, Observation, ServiceRequest, Appointment, DocumentReference (any other R4 type matches "
                    + "nothing)") List<String> type,
            @QueryParam("_since") @Parameter(description = "An instant, such as 2026-03-01T08:00:00Z: only records "
                    + "with an event recorded since (meta.lastUpdated)") String since,
            @QueryParam("start") @Parameter(description = "Care date from, inclusive: 2026-03-01, 2026-03 or 2026 (UTC)")
            String start,
            @QueryParam("end") @Parameter(description = "Care date to, inclusive, written as start") String end,
            @QueryParam("_count") @Parameter(description = "Records a page holds: 1 to 500, default 100; more reads as 500")
            String count,
            @QueryParam("cursor") @Parameter(description = "From the previous page's next link") String cursor,
            @Context UriInfo uri) {
        PatientEverything.Request request = PatientEverything.toRequest(type, since, start, end, count);
        Optional<RecordPosition> at = PatientEverything.decodeCursor(cursor);
        return records.page(patientId, request.filter(), at, request.count())
                .map(page -> PatientEverything.toBundle(page, request, at, uri.getBaseUri(), FhirEndpoint.baseUrl(uri),
                        uri.getRequestUri()))
                .map(bundle -> Response.ok(bundle, FhirEndpoint.FHIR_JSON_TYPE).build())
                .orElseThrow(NotFoundException::new);
    }
}
