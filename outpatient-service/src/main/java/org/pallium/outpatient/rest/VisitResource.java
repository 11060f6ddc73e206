package org.pallium.outpatient.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.ClinicMapper;
import org.pallium.outpatient.repository.Visit;
import org.pallium.outpatient.service.VisitService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * The clinic's visits, for its clinicians and the programme's coordinators. A visit of a patient
 * the caller may not see is answered as missing, and so is such a patient when a visit is recorded.
 */
@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visits", description = "The clinic's visits, in person and by video")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class VisitResource {

    private final VisitService visits;

    VisitResource(VisitService visits) {
        this.visits = visits;
    }

    @POST
    @Operation(summary = "Record a visit of a referred patient; publishes org.pallium.visit.completed.v2",
            description = "With what the visit focused on, the ESAS-r and PPS assessed at it (carried by the event), the "
                    + "interventions, the plan and the follow-up interval. Every ESAS-r score is 0 to 10 and the PPS 0 to "
                    + "100 in steps of 10: anything else is a 400 naming the field. 201 when recorded; 200 with the first "
                    + "record when a visit with this id exists. The first visit under a referral also publishes "
                    + "org.pallium.referral.first-visit-completed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "400", description = "The request breaks a rule of its fields, such as a score off its "
            + "scale or a follow-up interval that is no ISO-8601 period; each violation names its field")
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The visit id belongs to another patient, or a concurrent request is recording it")
    @APIResponse(responseCode = "422", description = "The patient has no accepted referral to the clinic that is still open "
            + "(not yet accepted, or rejected, concluded, transferred, cancelled), or the visit ends before it starts")
    @Audited(value = AuditAction.CREATE, resource = "visit")
    public Response record(@Valid @NotNull RecordVisitRequest request) {
        Recorded<Visit> recorded = visits.record(ClinicMapper.toRecording(request));
        VisitView view = ClinicMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/visits/" + view.id()));
    }

    @GET
    @Operation(summary = "The visits of a patient, the most recent first",
            description = "None for a patient the caller may not see.")
    @Audited(value = AuditAction.SEARCH, resource = "visit")
    public List<VisitView> visitsOf(@QueryParam("patientId") @NotNull UUID patientId) {
        return visits.ofPatientNewestFirst(patientId).stream().map(ClinicMapper::toView).toList();
    }

    @GET
    @Path("/{visitId}")
    @Operation(summary = "One visit")
    @Audited(value = AuditAction.READ, resource = "visit")
    public VisitView visit(@PathParam("visitId") UUID visitId) {
        return visits.find(visitId).map(ClinicMapper::toView).orElseThrow(NotFoundException::new);
    }
}
