package org.pallium.inpatient.rest;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pallium.inpatient.mapping.ConsultMapper;
import org.pallium.inpatient.repository.CensusFilter;
import org.pallium.inpatient.repository.ConsultStatus;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.inpatient.service.CensusEntry;
import org.pallium.inpatient.service.ConsultRequestService;
import org.pallium.inpatient.service.ConsultService;
import org.pallium.inpatient.service.EncounterService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.lifecycle.CareStatus;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Roles;

/**
 * The team's consults and encounters, for its clinicians and the programme's coordinators. A
 * consult or encounter of a patient the caller may not see is answered as missing, and a list
 * leaves such patients out.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consults", description = "The consult census, the consults' course and their encounters")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ConsultResource {

    private final ConsultService consults;
    private final ConsultRequestService requests;
    private final EncounterService encounters;

    ConsultResource(ConsultService consults, ConsultRequestService requests, EncounterService encounters) {
        this.consults = consults;
        this.requests = requests;
        this.encounters = encounters;
    }

    @GET
    @Path("/consults")
    @Operation(summary = "The census: the team's open consults, the most recently requested first",
            description = "What the team looks at every morning: each consult with its status, urgency and response "
                    + "target, whether it is overdue (not seen, past the target), what worsened between the patient's two "
                    + "latest assessments, and its care team. Without `status` (or with an open one) and without "
                    + "`referralStatus` or `referralId`, only open consults are listed. A clinician of the inpatient team sees the consults "
                    + "of the patients on its census (with a consult that has not ended); a coordinator every consult.")
    @Audited(value = AuditAction.SEARCH, resource = "consult")
    public List<ConsultView> census(
            @QueryParam("referralId") @Parameter(description = "The consult a referral opened, open or ended")
            UUID referralId,
            @QueryParam("status") @Parameter(description = "The consult's status; SIGNED_OFF or ENDED_UNSEEN lists ended consults")
            ConsultStatus status,
            @QueryParam("referralStatus") @Parameter(description = "The status of the consult's referral, ended ones included")
            CareStatus referralStatus,
            @QueryParam("unit") @Size(max = 100) @Parameter(description = "The unit, as the consult names it (any case)")
            String unit,
            @QueryParam("overdue") @Parameter(description = "true: only consults past their response target; false: none of them")
            Boolean overdue,
            @QueryParam("clinician") @Size(max = 200) @Parameter(description = "Only consults whose care team has this member (user id)")
            String clinician) {
        CensusFilter filter = new CensusFilter(Optional.ofNullable(referralId), Optional.ofNullable(status), Optional.ofNullable(referralStatus),
                Optional.ofNullable(unit), Optional.ofNullable(overdue), Optional.ofNullable(clinician));
        return consults.census(filter).stream().map(ConsultMapper::toView).toList();
    }

    @POST
    @Path("/consults")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Operation(summary = "Request a consult for an admitted patient, from inside the hospital",
            description = "For the hospital's EHR or a clinician: the consult needs no triage, the team takes it on at once "
                    + "and publishes org.pallium.consult.requested.v1, which also opens its referral at the gateway. The "
                    + "patient is registered with, or found in, Pallium's patient registry at the gateway first, with the "
                    + "caller's token. 201 when opened; 200 with the consult when this id was requested before.")
    @APIResponse(responseCode = "201", description = "Opened",
            content = @Content(schema = @Schema(implementation = ConsultView.class)))
    @APIResponse(responseCode = "200", description = "Requested before under this id: that consult",
            content = @Content(schema = @Schema(implementation = ConsultView.class)))
    @APIResponse(responseCode = "409", description = "The consult id belongs to another patient's consult")
    @APIResponse(responseCode = "422", description = "The patient registry refused the patient's details")
    @APIResponse(responseCode = "503", description = "The patient registry could not be reached; nothing was opened: retry")
    @Audited(value = AuditAction.CREATE, resource = "consult")
    public Response request(@Valid @NotNull RequestConsultRequest request) {
        Recorded<CensusEntry> recorded = requests.request(ConsultMapper.toRequest(request));
        ConsultView view = ConsultMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/consults/" + view.id()));
    }

    @GET
    @Path("/consults/response-times")
    @Operation(summary = "How fast the team saw its consults, by urgency, against the targets",
            description = "For the consults requested from `from` (default: 30 days ago) until `to` (default: now): how "
                    + "many were requested, seen, seen within the configured target, and are overdue now, with the median "
                    + "and 90th-percentile minutes from request to the initial consult. Counts only, no patient.")
    @APIResponse(responseCode = "400", description = "`from` is not before `to`")
    @Audited(value = AuditAction.SEARCH, resource = "consult-response-times")
    public ResponseTimesView responseTimes(
            @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") Instant from,
            @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") Instant to) {
        Instant until = Optional.ofNullable(to).orElseGet(Instant::now);
        Instant since = Optional.ofNullable(from).orElseGet(() -> until.minus(30, ChronoUnit.DAYS));
        if (!since.isBefore(until)) {
            throw new ProblemException(400, "Empty period", "from must be before to");
        }
        return ConsultMapper.toView(since, until, consults.responseTimes(since, until));
    }

    @GET
    @Path("/consults/{consultId}")
    @Operation(summary = "One consult, with its team and flags")
    @Audited(value = AuditAction.READ, resource = "consult")
    public ConsultView consult(@PathParam("consultId") UUID consultId) {
        return consults.findEntry(consultId).map(ConsultMapper::toView).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("/consults/{consultId}/location")
    @Operation(summary = "Where the patient lies now: unit, bed and admitting service",
            description = "Patients move between units during a stay; the census filters by unit.")
    @APIResponse(responseCode = "422", description = "The consult is not open: not accepted, or ended")
    @Audited(value = AuditAction.UPDATE, resource = "consult")
    public ConsultView relocate(@PathParam("consultId") UUID consultId, @Valid @NotNull RelocateConsultRequest request) {
        return ConsultMapper.toView(consults.relocate(consultId, request.unit(), request.bed(), request.admittingService()));
    }

    @PUT
    @Path("/consults/{consultId}/team")
    @Operation(summary = "Set the consult's care team: its members and their roles",
            description = "Replaces the whole team, so a retry leaves the same team. At most one LEAD.")
    @APIResponse(responseCode = "422", description = "More than one lead, a member named twice, or the consult is not open")
    @Audited(value = AuditAction.UPDATE, resource = "care-team")
    public List<CareTeamMemberView> assignTeam(@PathParam("consultId") UUID consultId,
            @Valid @NotNull AssignCareTeamRequest request) {
        return ConsultMapper.toView(consults.assignTeam(consultId, ConsultMapper.toAssignments(request)));
    }

    @POST
    @Path("/consults/{consultId}/sign-off")
    @Operation(summary = "Sign the consult off; publishes org.pallium.consult.signed-off.v1",
            description = "Concludes the consult's referral as COMPLETED. A consult signed off already is answered as it is.")
    @APIResponse(responseCode = "409", description = "The team never saw the patient, or the consult ended otherwise")
    @Audited(value = AuditAction.UPDATE, resource = "consult")
    public ConsultView signOff(@PathParam("consultId") UUID consultId, @Valid SignOffRequest request) {
        return ConsultMapper.toView(consults.signOff(consultId, request == null ? null : request.reason()));
    }

    @GET
    @Path("/consults/{consultId}/encounters")
    @Operation(summary = "The encounters of a consult, oldest first")
    @Audited(value = AuditAction.SEARCH, resource = "encounter")
    public List<EncounterView> encountersOf(@PathParam("consultId") UUID consultId) {
        consults.find(consultId).orElseThrow(NotFoundException::new);
        return encounters.ofConsult(consultId).stream()
                .map(encounter -> ConsultMapper.toView(encounter, encounters.assessmentAt(encounter.id))).toList();
    }

    @POST
    @Path("/consults/{consultId}/encounters")
    @Operation(summary = "Record an encounter; publishes org.pallium.visit.completed.v2 with its ESAS-r and PPS",
            description = "201 when recorded; 200 with the first record when an encounter with this id exists. The "
                    + "consult's first encounter is its INITIAL_CONSULT, which marks it seen and publishes "
                    + "org.pallium.consult.seen.v1 and org.pallium.referral.first-visit-completed.v1; later ones are "
                    + "FOLLOW_UPs. An ESAS-r or PPS sent with it is kept as an assessment.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = EncounterView.class)))
    @APIResponse(responseCode = "404", description = "There is no such consult, or not one the caller may see")
    @APIResponse(responseCode = "409", description = "The encounter id belongs to another consult, or a concurrent request is recording it")
    @APIResponse(responseCode = "422", description = "The team has not accepted the consult's referral, or it has ended; "
            + "the encounter ends before it starts or starts before the consult was requested; a follow-up comes "
            + "before the initial consult, or a second initial consult")
    @Audited(value = AuditAction.CREATE, resource = "encounter")
    public Response recordEncounter(@PathParam("consultId") UUID consultId,
            @Valid @NotNull RecordEncounterRequest request) {
        Recorded<Encounter> recorded = encounters.record(ConsultMapper.toRecording(consultId, request));
        EncounterView view = ConsultMapper.toView(recorded.value(), encounters.assessmentAt(recorded.value().id));
        return recorded.answer(view, URI.create("/api/encounters/" + view.id()));
    }

    @GET
    @Path("/encounters/{encounterId}")
    @Operation(summary = "One encounter")
    @Audited(value = AuditAction.READ, resource = "encounter")
    public EncounterView encounter(@PathParam("encounterId") UUID encounterId) {
        return encounters.find(encounterId)
                .map(encounter -> ConsultMapper.toView(encounter, encounters.assessmentAt(encounter.id)))
                .orElseThrow(NotFoundException::new);
    }
}
