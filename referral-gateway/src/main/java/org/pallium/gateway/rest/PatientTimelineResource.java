package org.pallium.gateway.rest;

import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
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
            description = "Newest first by clinical time; of events at the same instant, the one that arrived last first. "
                    + "Keyset paging: follow `next` (or the Link header, rel=\"next\") until it is absent to reach the "
                    + "oldest event, each event once, however many there are and whatever arrives meanwhile; an event "
                    + "that arrives late lands at its clinical time. Filters keep the entries matching every filter "
                    + "given and any of a filter's values (repeat the parameter, or separate values with commas); "
                    + "`next` keeps them.")
    @APIResponse(responseCode = "200", description = "A page of the timeline",
            headers = @Header(name = "Link", description = "`<next>; rel=\"next\"`, when another page follows"),
            content = @Content(schema = @Schema(implementation = TimelinePage.class)))
    @APIResponse(responseCode = "400", description = "A limit outside 1 to 500, a cursor the timeline did not give "
            + "out, or a filter value it does not know (a violation naming the parameter)")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "timeline")
    public RestResponse<TimelinePage> timeline(
            @PathParam("patientId") UUID patientId,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(TimelineService.MAX_PAGE) int limit,
            @QueryParam("cursor") @Parameter(description = "From a previous page's `nextCursor` (`next` carries it)")
            String cursor,
            @QueryParam("setting") @Parameter(description = "IMP, AMB, HH or VR: a visit or consult by its FHIR "
                    + "Encounter class (a video visit is VR whichever team held it), any other event by its setting's "
                    + "(IMP inpatient, AMB outpatient clinic, HH home)") List<String> setting,
            @QueryParam("type") @Parameter(description = "A CloudEvents type, such as org.pallium.visit.completed.v2, "
                    + "or its short form, such as visit.completed") List<String> type,
            @QueryParam("discipline") @Parameter(description = "Who led the visit, such as NURSE or SOCIAL_WORKER; "
                    + "an event naming no discipline does not match") List<String> discipline,
            @QueryParam("from") @Parameter(description = "Clinical time from, inclusive: an instant such as "
                    + "2026-03-01T08:00:00Z, or a date, its start in UTC") String from,
            @QueryParam("to") @Parameter(description = "Clinical time to, exclusive, written as `from`") String to,
            @Context UriInfo uri) {
        return timeline.page(patientId, TimelineMapper.toFilter(setting, type, discipline, from, to),
                        TimelineMapper.decodeCursor(cursor), limit)
                .map(entries -> TimelineMapper.toPage(patientId, entries, limit, uri.getBaseUri(),
                        next -> TimelineMapper.nextLink(uri.getRequestUri(), next)))
                .map(page -> page.next() == null ? RestResponse.ok(page)
                        : RestResponse.ResponseBuilder.ok(page).header("Link", "<" + page.next() + ">; rel=\"next\"").build())
                .orElseThrow(NotFoundException::new);
    }
}
