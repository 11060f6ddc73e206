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
import org.pallium.homevisit.mapping.NurseLineMapper;
import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.service.CallLogging;
import org.pallium.homevisit.service.NurseCallService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.Roles;

/**
 * The 24/7 nurse line's call log, for the home team's nurses and clinicians and the programme's
 * coordinators. A call about a patient the caller may not see is answered as missing, and so is
 * such a patient when a call is logged; a home nurse on call when a call came in logs it for any
 * patient on the census, and reads the calls they took.
 */
@Path("/api/calls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Nurse line", description = "Calls to the 24/7 nurse line: caller, time and duration, reason, triage outcome, "
        + "follow-up; urgent visits dispatched to the nurse on call. Published on pallium.care-events and pallium.visit-events.")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class NurseCallResource {

    private final NurseCallService calls;

    NurseCallResource(NurseCallService calls) {
        this.calls = calls;
    }

    @POST
    @Operation(summary = "Log a call; publishes org.pallium.call.logged.v1",
            description = "For a patient on the programme's census. The outcome URGENT_VISIT_DISPATCHED schedules an urgent "
                    + "nursing visit (status SCHEDULED, urgent, first on its nurse's route) from the call's receivedAt, for "
                    + "pallium.home.urgent-visit-duration, assigned to dispatchTo or else the nurse on call at receivedAt, "
                    + "which puts the patient on that nurse's caseload; it publishes org.pallium.visit.scheduled.v1 and "
                    + "org.pallium.visit.urgent-dispatched.v1. 201 when logged; 200 with the first record when a call with "
                    + "this id exists, which dispatches nothing again.")
    @APIResponse(responseCode = "201", description = "Logged",
            content = @Content(schema = @Schema(implementation = NurseCallView.class)))
    @APIResponse(responseCode = "200", description = "Logged before under this id: the first record",
            content = @Content(schema = @Schema(implementation = NurseCallView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see (for a home nurse on call "
            + "at receivedAt: not on the census)")
    @APIResponse(responseCode = "409", description = "The call id belongs to a call about another patient")
    @APIResponse(responseCode = "422", description = "The patient is not on the census; or a visit is to be dispatched "
            + "while the patient has no open admission, or while nobody was on call and dispatchTo is empty (nothing is logged)")
    @Audited(value = AuditAction.CREATE, resource = "call")
    public Response log(@Valid @NotNull CallLogging request) {
        Recorded<NurseCall> recorded = calls.log(request);
        NurseCallView view = NurseLineMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/calls/" + view.id()));
    }

    @GET
    @Operation(summary = "A patient's calls, the most recent first, a page at a time",
            description = "None for a patient the caller may not see. Ordered by when the call came in, the latest "
                    + "first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of calls")
    @APIResponse(responseCode = "400", description = "No patientId; or " + PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "call")
    public Page<NurseCallView> ofPatient(@QueryParam("patientId") @NotNull UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(calls.ofPatient(patientId, page), page, NurseCall.MOST_RECENT_FIRST::cursorOf,
                NurseLineMapper::toView);
    }

    @GET
    @Path("/{callId}")
    @Operation(summary = "One call")
    @APIResponse(responseCode = "200", description = "The call",
            content = @Content(schema = @Schema(implementation = NurseCallView.class)))
    @APIResponse(responseCode = "404", description = "No such call, or one the caller may not see")
    @Audited(value = AuditAction.READ, resource = "call")
    public NurseCallView call(@PathParam("callId") UUID callId) {
        return calls.find(callId).map(NurseLineMapper::toView).orElseThrow(NotFoundException::new);
    }
}
