package org.pallium.homevisit.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.CaseloadMapper;
import org.pallium.homevisit.mapping.HomeVisitMapper;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.homevisit.rest.CaseloadViews.VisitPlanView;
import org.pallium.homevisit.service.Reassignment;
import org.pallium.homevisit.service.VisitPlanRecording;
import org.pallium.homevisit.service.VisitScheduleService;
import org.pallium.homevisit.service.VisitScheduling;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.Roles;

/**
 * The home programme's schedule: visit plans, visits arranged apart from them (video visits with their
 * join link), a nurse's day in route order, and reassignment while a nurse is off. Planning and
 * reassigning are for the team's clinicians and the coordinators; a nurse reads their own day.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "Visit plans, scheduled visits, each nurse's route")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class ScheduleResource {

    private final VisitScheduleService schedule;

    ScheduleResource(VisitScheduleService schedule) {
        this.schedule = schedule;
    }

    @GET
    @Path("/patients/{patientId}/visit-plans")
    @Operation(summary = "The patient's visit plans, a page at a time",
            description = "None for a patient the caller may not see. Ordered by the plan's first day, then by id.")
    @APIResponse(responseCode = "200", description = "A page of visit plans")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "visit-plan")
    public Page<VisitPlanView> plans(@PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(schedule.plans(patientId, page), page, VisitPlan.FIRST_STARTING_FIRST::cursorOf,
                CaseloadMapper::toView);
    }

    @POST
    @Path("/patients/{patientId}/visit-plans")
    @Operation(summary = "Make a visit plan; its visits are scheduled a few weeks ahead, each publishing org.pallium.visit.scheduled.v1",
            description = "201 when made; 200 with the plan already made under this id.")
    @Audited(value = AuditAction.CREATE, resource = "visit-plan")
    public Response makePlan(@PathParam("patientId") UUID patientId, @Valid @NotNull VisitPlanRecording recording) {
        Recorded<VisitPlanView> recorded = schedule.makePlan(patientId, recording).map(CaseloadMapper::toView);
        return recorded.answer(recorded.value(), URI.create("/api/patients/" + patientId + "/visit-plans/" + recording.id()));
    }

    @POST
    @Path("/visit-plans/{planId}/end")
    @Operation(summary = "End a plan after a day, with If-Match; its visits still scheduled after that day are cancelled (org.pallium.visit.cancelled.v1 for each)")
    @Audited(value = AuditAction.UPDATE, resource = "visit-plan")
    public VisitPlanView endPlan(@PathParam("planId") UUID planId, @QueryParam("lastDay") @NotNull LocalDate lastDay,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return schedule.endPlan(planId, lastDay, ETags.editedVersion(ifMatch)).map(CaseloadMapper::toView)
                .orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("/scheduled-visits")
    @Operation(summary = "Schedule a visit apart from the plans, such as a video visit with its join link; publishes org.pallium.visit.scheduled.v1",
            description = "201 when scheduled; 200 with the visit already scheduled under this id.")
    @Audited(value = AuditAction.CREATE, resource = "visit")
    public Response scheduleVisit(@Valid @NotNull VisitScheduling scheduling) {
        Recorded<HomeVisitView> recorded = schedule.schedule(scheduling).map(HomeVisitMapper::toView);
        return recorded.answer(recorded.value(), URI.create("/api/visits/" + scheduling.id()));
    }

    @GET
    @Path("/me/visits")
    @Operation(summary = "The signed-in clinician's visits on a day, in route order, a page at a time",
            description = "Urgent visits still ahead (dispatched from the nurse line) first, then by the time each is to "
                    + "begin, then by the position the coordinator gave visits at the same time, then by id; cancelled "
                    + "visits are left out. The day is a day of the programme's calendar, in its time zone. A day's route "
                    + "fits one page of the default limit, but a client follows `next` like on any list.")
    @APIResponse(responseCode = "200", description = "A page of the day's visits")
    @APIResponse(responseCode = "400", description = "No date; or " + PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "visit")
    public Page<HomeVisitView> myDay(@QueryParam("date") @NotNull LocalDate date,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(schedule.route(date, page), page, HomeVisit.ROUTE_ORDER::cursorOf, HomeVisitMapper::toView);
    }

    @POST
    @Path("/visit-reassignments")
    @Operation(summary = "Give a nurse's scheduled visits over some days to a colleague, while the nurse is off")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public List<HomeVisitView> reassign(@Valid @NotNull Reassignment reassignment) {
        return schedule.reassign(reassignment).stream().map(HomeVisitMapper::toView).toList();
    }
}
