package org.pallium.gateway.rest;

import java.util.UUID;

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
