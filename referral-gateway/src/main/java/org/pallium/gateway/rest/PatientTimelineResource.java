package org.pallium.gateway.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.TimelineMapper;
import org.pallium.gateway.service.TimelineService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A patient's care across the settings, for the palliative team: a clinician sees the patients on
 * their setting's census, a coordinator everyone; any other patient answers 404, as an unknown one
 * does. EHR systems follow their referrals instead; home nurses read their caseload in the home
 * visit service.
 */
@Path("/api/patients/{patientId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "One patient's care across hospital, clinic and home")
public class PatientTimelineResource {

    private final TimelineService timeline;

    PatientTimelineResource(TimelineService timeline) {
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "The patient's timeline, newest first",
            description = "Keyset paging: follow `next` until it is absent to reach the oldest event, each event once.")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "timeline")
    public TimelinePage timeline(
            @PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(TimelineService.MAX_PAGE) int limit,
            @QueryParam("cursor") @Parameter(description = "From a previous page's `next`") String cursor,
            @Context UriInfo uri) {
        return timeline.page(patientId, TimelineMapper.decodeCursor(cursor), limit)
                .map(entries -> TimelineMapper.toPage(patientId, entries, limit, uri.getBaseUri(),
                        next -> uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build()))
                .orElseThrow(NotFoundException::new);
    }
}
