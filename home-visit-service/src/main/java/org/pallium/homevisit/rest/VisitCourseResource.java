package org.pallium.homevisit.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.HomeVisitMapper;
import org.pallium.homevisit.mapping.VisitCourseMapper;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.service.VisitCheck;
import org.pallium.homevisit.service.VideoLink;
import org.pallium.homevisit.service.VisitCourseService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A scheduled visit's course, with Electronic Visit Verification: check-in, check-out, missed or
 * cancelled. Each answers 200 with the visit as it now stands and its version in {@code ETag}, also
 * when it repeats the step as the visit took it (a retried upload), which then publishes nothing.
 * A visit the caller may not see is answered as missing.
 */
@Path("/api/visits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Visit course", description = "Check-in and check-out with EVV (type of service, patient, date, location, "
        + "provider, begin and end time), missed and cancelled visits. Published on pallium.visit-events.")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class VisitCourseResource {

    private static final String IF_MATCH = "Optional: the visit's version the step was decided on, as its ETag "
            + "gives it (\"3\"); a visit at another version refuses the step with 412";

    private final VisitCourseService course;

    VisitCourseResource(VisitCourseService course) {
        this.course = course;
    }

    @POST
    @Path("/{visitId}/check-in")
    @Operation(summary = "Check in to a SCHEDULED visit: it is IN_PROGRESS; publishes org.pallium.visit.started.v1",
            description = "`at` is the visit's clinical start. For an in-person visit the position is required and is "
                    + "compared with the patient's address: farther than pallium.home.evv.max-distance metres, or an "
                    + "address without coordinates, flags the visit (evv.exceptions) and publishes "
                    + "org.pallium.evv.exception-raised.v1; the check-in is never refused for its distance. A VIDEO visit "
                    + "needs no position and is not compared: EVV applies to visits in person. The visit keeps the EVV "
                    + "service type configured for its discipline (pallium.home.evv.service-types). The same check-in "
                    + "again (same `at` and position) answers the visit and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The visit as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = "The visit's version, \"<version>\""),
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "403", description = "A home nurse's check-in to a visit assigned to another nurse")
    @APIResponse(responseCode = "404", description = "No such visit, or one the caller may not see")
    @APIResponse(responseCode = "409", description = "The visit is not SCHEDULED (a different check-in was recorded, or "
            + "it was completed, missed or cancelled)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the visit's; the detail names both")
    @APIResponse(responseCode = "422", description = "An in-person visit's check-in without latitude and longitude")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public Response checkIn(@PathParam("visitId") UUID visitId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull VisitCheck request) {
        return answer(course.checkIn(visitId, ETags.editedVersion(ifMatch), request));
    }

    @POST
    @Path("/{visitId}/check-out")
    @Operation(summary = "Check out of an IN_PROGRESS visit: it is COMPLETED; publishes org.pallium.visit.completed.v2",
            description = "`at` is the visit's clinical end, not before its check-in. The position is verified as at "
                    + "check-in. The completed visit carries the ESAS-r and PPS last assessed at it; the admission's first "
                    + "visit also publishes org.pallium.referral.first-visit-completed.v1. The same check-out again answers "
                    + "the visit and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The visit as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = "The visit's version, \"<version>\""),
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "403", description = "A home nurse's check-out of a visit assigned to another nurse")
    @APIResponse(responseCode = "404", description = "No such visit, or one the caller may not see")
    @APIResponse(responseCode = "409", description = "The visit is not IN_PROGRESS")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the visit's; the detail names both")
    @APIResponse(responseCode = "422", description = "The check-out is before the check-in, or an in-person visit's "
            + "check-out has no latitude and longitude")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public Response checkOut(@PathParam("visitId") UUID visitId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull CheckOutRequest request) {
        return answer(course.checkOut(visitId, ETags.editedVersion(ifMatch), VisitCourseMapper.toCheck(request),
                request.notes(), request.plan()));
    }

    @POST
    @Path("/{visitId}/missed")
    @Operation(summary = "A SCHEDULED visit did not take place; publishes org.pallium.visit.missed.v1",
            description = "The same reason again answers the visit and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The visit as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = "The visit's version, \"<version>\""),
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "403", description = "A home nurse's visit assigned to another nurse")
    @APIResponse(responseCode = "404", description = "No such visit, or one the caller may not see")
    @APIResponse(responseCode = "409", description = "The visit is not SCHEDULED")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the visit's; the detail names both")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public Response miss(@PathParam("visitId") UUID visitId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull MissedVisitRequest request) {
        return answer(course.miss(visitId, ETags.editedVersion(ifMatch), request.reason(), request.note()));
    }

    @POST
    @Path("/{visitId}/cancellation")
    @Operation(summary = "Take a SCHEDULED visit off the schedule, with the reason; publishes org.pallium.visit.cancelled.v1",
            description = "Publishes org.pallium.visit.cancelled.v1, without the reason (the team's free text). The same "
                    + "reason again answers the visit and publishes nothing.")
    @APIResponse(responseCode = "200", description = "The visit as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = "The visit's version, \"<version>\""),
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "403", description = "A home nurse's visit assigned to another nurse")
    @APIResponse(responseCode = "404", description = "No such visit, or one the caller may not see")
    @APIResponse(responseCode = "409", description = "The visit is not SCHEDULED")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the visit's; the detail names both")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public Response cancel(@PathParam("visitId") UUID visitId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH) String ifMatch,
            @Valid @NotNull CancelVisitRequest request) {
        return answer(course.cancel(visitId, ETags.editedVersion(ifMatch), request.reason()));
    }

    @PUT
    @Path("/{visitId}/video-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a VIDEO visit's provider and join link, with If-Match",
            description = "The video platform itself is outside Pallium: the link is made there, often after a visit plan "
                    + "generated the visit, and stored here for the patient and the clinician to join by. For a visit still "
                    + "SCHEDULED or IN_PROGRESS. The same link again answers the visit.")
    @APIResponse(responseCode = "200", description = "The visit as it now stands",
            headers = @Header(name = HttpHeaders.ETAG, description = "The visit's version, \"<version>\""),
            content = @Content(schema = @Schema(implementation = HomeVisitView.class)))
    @APIResponse(responseCode = "403", description = "A home nurse's visit assigned to another nurse")
    @APIResponse(responseCode = "404", description = "No such visit, or one the caller may not see")
    @APIResponse(responseCode = "409", description = "The visit is over (completed, missed or cancelled)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the visit's")
    @APIResponse(responseCode = "422", description = "The visit is in person")
    @APIResponse(responseCode = "428", description = "A changed link without If-Match")
    @Audited(value = AuditAction.UPDATE, resource = "visit")
    public Response linkVideo(@PathParam("visitId") UUID visitId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The visit's version, as its ETag gives it") String ifMatch,
            @Valid @NotNull VideoLink link) {
        return answer(course.linkVideo(visitId, ETags.editedVersion(ifMatch), link));
    }

    private static Response answer(HomeVisit visit) {
        return ETags.tagged(Response.ok(HomeVisitMapper.toView(visit)), visit.version);
    }
}
