package org.pallium.inpatient.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
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
import org.pallium.inpatient.mapping.ConsultMapper;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.inpatient.service.ConsultService;
import org.pallium.inpatient.service.EncounterService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.security.Roles;

/**
 * The team's consults and encounters, for its clinicians and the programme's coordinators. A
 * consult or encounter of a patient the caller may not see is answered as missing, and a list
 * leaves such patients out.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consults", description = "The consult census and its encounters")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ConsultResource {

    private final ConsultService consults;
    private final EncounterService encounters;

    ConsultResource(ConsultService consults, EncounterService encounters) {
        this.consults = consults;
        this.encounters = encounters;
    }

    @GET
    @Path("/consults")
    @Operation(summary = "The census: consults, optionally in one status, the most recently requested first",
            description = "A clinician of the inpatient team sees the consults of the patients on its census (with a "
                    + "consult that has not ended); a coordinator every consult.")
    @Audited(value = AuditAction.SEARCH, resource = "consult")
    public List<ConsultView> census(@QueryParam("status") CareStatus status) {
        return consults.census(Optional.ofNullable(status)).stream().map(ConsultMapper::toView).toList();
    }

    @GET
    @Path("/consults/{consultId}")
    @Operation(summary = "One consult")
    @Audited(value = AuditAction.READ, resource = "consult")
    public ConsultView consult(@PathParam("consultId") UUID consultId) {
        return consults.find(consultId).map(ConsultMapper::toView).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/consults/{consultId}/encounters")
    @Operation(summary = "The encounters of a consult, oldest first")
    @Audited(value = AuditAction.SEARCH, resource = "encounter")
    public List<EncounterView> encountersOf(@PathParam("consultId") UUID consultId) {
        consults.find(consultId).orElseThrow(NotFoundException::new);
        return encounters.ofConsult(consultId).stream().map(ConsultMapper::toView).toList();
    }

    @POST
    @Path("/consults/{consultId}/encounters")
    @Operation(summary = "Record an encounter; publishes org.pallium.visit.completed.v1",
            description = "201 when recorded; 200 with the first record when an encounter with this id exists. "
                    + "The consult's first encounter also publishes org.pallium.referral.first-visit-completed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "404", description = "There is no such consult, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The encounter id belongs to another consult, or a concurrent request is recording it")
    @APIResponse(responseCode = "422", description = "The team has not accepted the consult's referral, or the referral "
            + "has ended (rejected, concluded, transferred, cancelled); or the encounter ends before it starts")
    @Audited(value = AuditAction.CREATE, resource = "encounter")
    public Response recordEncounter(@PathParam("consultId") UUID consultId,
            @Valid @NotNull RecordEncounterRequest request) {
        Recorded<Encounter> recorded = encounters.record(ConsultMapper.toRecording(consultId, request));
        EncounterView view = ConsultMapper.toView(recorded.value());
        return recorded.created()
                ? Response.created(URI.create("/api/encounters/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/encounters/{encounterId}")
    @Operation(summary = "One encounter")
    @Audited(value = AuditAction.READ, resource = "encounter")
    public EncounterView encounter(@PathParam("encounterId") UUID encounterId) {
        return encounters.find(encounterId).map(ConsultMapper::toView).orElseThrow(NotFoundException::new);
    }
}
