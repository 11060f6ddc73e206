package org.pallium.homevisit.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.HomeVisitMapper;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.service.HomeVisitService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.Roles;

/**
 * The home visits, for the home team's clinicians, its nurses and the programme's coordinators. A
 * visit the caller may not see (of a patient outside their scope; for a home nurse, one they did
 * not record) is answered as missing, and so is such a patient when a visit is uploaded.
 */
@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Home visits", description = "Nursing and social-work visits at the patient's home, uploaded by the mobile app")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class HomeVisitResource {

    private final HomeVisitService visits;

    HomeVisitResource(HomeVisitService visits) {
        this.visits = visits;
    }

    @POST
    @Operation(summary = "Record a home visit; publishes org.pallium.visit.completed.v2",
            description = "201 when recorded; 200 with the first record when a visit with this id exists. The first "
                    + "visit under an admission also publishes org.pallium.referral.first-visit-completed.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The visit id belongs to another patient or to a visit the caller "
            + "may not see, or a concurrent request is recording it")
    @APIResponse(responseCode = "422", description = "The patient has no open admission to the home programme (its "
            + "referral not accepted yet, or rejected, concluded, transferred, cancelled), or the visit ends before it starts")
    @Audited(value = AuditAction.CREATE, resource = "visit")
    public Response record(@Valid @NotNull RecordHomeVisitRequest request) {
        Recorded<HomeVisit> recorded = visits.record(HomeVisitMapper.toRecording(request));
        HomeVisitView view = HomeVisitMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/visits/" + view.id()));
    }

    @GET
    @Operation(summary = "The visits of a patient, the most recent first, a page at a time",
            description = "None for a patient the caller may not see; a home nurse sees the visits they recorded or are "
                    + "to make. Ordered by when the visit took place (startedAt), or else is to (scheduledStart), the "
                    + "latest first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of visits")
    @APIResponse(responseCode = "400", description = "No patientId; or " + PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "visit")
    public Page<HomeVisitView> ofPatient(@QueryParam("patientId") @NotNull UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(visits.ofPatient(patientId, page), page, HomeVisit.MOST_RECENT_FIRST::cursorOf,
                HomeVisitMapper::toView);
    }

    @GET
    @Path("/{visitId}")
    @Operation(summary = "One home visit")
    @Audited(value = AuditAction.READ, resource = "visit")
    public HomeVisitView visit(@PathParam("visitId") UUID visitId) {
        return visits.find(visitId).map(HomeVisitMapper::toView).orElseThrow(NotFoundException::new);
    }
}
