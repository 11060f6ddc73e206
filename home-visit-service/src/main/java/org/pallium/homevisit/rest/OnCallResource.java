package org.pallium.homevisit.rest;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.pallium.homevisit.repository.OnCallShift;
import org.pallium.homevisit.service.OnCallService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Roles;

/** The nurse line's on-call roster: coordinators plan it, the home team reads it. */
@Path("/api/on-call")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "On call", description = "Who is on call when: urgent visits dispatched from the nurse line go to them")
public class OnCallResource {

    private final OnCallService onCall;

    OnCallResource(OnCallService onCall) {
        this.onCall = onCall;
    }

    @POST
    @Path("/shifts")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(summary = "Put a nurse's shift on call on the roster",
            description = "Shifts may overlap (a handover): the one that began last takes the calls. 201 when planned; 200 "
                    + "with the shift when one with this id exists.")
    @APIResponse(responseCode = "201", description = "Planned",
            content = @Content(schema = @Schema(implementation = OnCallShiftView.class)))
    @APIResponse(responseCode = "200", description = "Planned before under this id: that shift",
            content = @Content(schema = @Schema(implementation = OnCallShiftView.class)))
    @APIResponse(responseCode = "409", description = "The id belongs to another shift")
    @APIResponse(responseCode = "422", description = "The shift ends before it starts")
    @Audited(value = AuditAction.CREATE, resource = "on-call-shift")
    public Response plan(@Valid @NotNull OnCallShiftRequest request) {
        Recorded<OnCallShift> recorded = onCall.plan(request.id() != null ? request.id() : UUID.randomUUID(),
                request.nurse(), request.startsAt(), request.endsAt());
        OnCallShiftView view = NurseLineMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/on-call/shifts/" + view.id()));
    }

    @GET
    @Path("/shifts")
    @RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
    @Operation(summary = "The shifts on call at some time in a period, the earliest first, a page at a time",
            description = "For the home team (a clinician of another setting is refused); at most 62 days at once. "
                    + "Ordered by when the shift starts, then by id.")
    @APIResponse(responseCode = "200", description = "A page of shifts")
    @APIResponse(responseCode = "400", description = "A period that is missing, reversed or too long; or "
            + PageRequest.INVALID_PAGE)
    @APIResponse(responseCode = "403", description = "A clinician of another setting")
    @Audited(value = AuditAction.SEARCH, resource = "on-call-shift")
    public Page<OnCallShiftView> between(@QueryParam("from") @NotNull @Parameter(description = "An instant") Instant from,
            @QueryParam("to") @NotNull @Parameter(description = "An instant, after from") Instant to,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(onCall.between(from, to, page), page, OnCallShift.EARLIEST_FIRST::cursorOf,
                NurseLineMapper::toView);
    }

    @GET
    @Path("/now")
    @RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
    @Operation(summary = "The shift on call now")
    @APIResponse(responseCode = "200", description = "The shift",
            content = @Content(schema = @Schema(implementation = OnCallShiftView.class)))
    @APIResponse(responseCode = "403", description = "A clinician of another setting")
    @APIResponse(responseCode = "404", description = "Nobody is on call")
    @Audited(value = AuditAction.READ, resource = "on-call-shift")
    public OnCallShiftView now() {
        return onCall.now().map(NurseLineMapper::toView)
                .orElseThrow(() -> new ProblemException(404, "Nobody on call", "No shift on the roster covers this moment"));
    }
}
