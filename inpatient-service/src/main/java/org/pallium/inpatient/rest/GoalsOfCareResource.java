package org.pallium.inpatient.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.events.HealthcareAgent;
import org.pallium.inpatient.mapping.GoalsOfCareMapper;
import org.pallium.inpatient.repository.CodeStatusEntry;
import org.pallium.inpatient.repository.GoalsOfCareConversation;
import org.pallium.inpatient.service.GoalsOfCareService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/** Goals-of-care conversations, code status with its history, the advance directive and the healthcare agent. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Goals of care", description = "Conversations, code status, advance directive and healthcare agent")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class GoalsOfCareResource {

    private final GoalsOfCareService goals;

    GoalsOfCareResource(GoalsOfCareService goals) {
        this.goals = goals;
    }

    @POST
    @Path("/consults/{consultId}/goals-of-care")
    @Operation(summary = "Document a goals-of-care conversation; publishes org.pallium.goals-of-care.documented.v1",
            description = "201 when documented; 200 with the first record when a conversation with this id exists.")
    @APIResponse(responseCode = "201", description = "Documented",
            content = @Content(schema = @Schema(implementation = GoalsOfCareView.class)))
    @APIResponse(responseCode = "200", description = "Documented before under this id: the first record",
            content = @Content(schema = @Schema(implementation = GoalsOfCareView.class)))
    @APIResponse(responseCode = "409", description = "The conversation id belongs to another consult")
    @APIResponse(responseCode = "422", description = "The consult is not open: not accepted, or ended")
    @Audited(value = AuditAction.CREATE, resource = "goals-of-care")
    public Response documentConversation(@PathParam("consultId") UUID consultId, @Valid @NotNull GoalsOfCareRequest request) {
        Recorded<GoalsOfCareConversation> recorded = goals.documentConversation(consultId,
                Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID), request.heldAt(), request.participants(),
                request.whatMatters(), request.decisions());
        GoalsOfCareView view = GoalsOfCareMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/goals-of-care/" + view.id()));
    }

    @POST
    @Path("/consults/{consultId}/code-status")
    @Operation(summary = "Document the code status; publishes org.pallium.code-status.changed.v1 when it changes",
            description = "Every documentation is kept in the history; the newest effective one is current. 201 when "
                    + "documented; 200 with the first record when an entry with this id exists.")
    @APIResponse(responseCode = "201", description = "Documented",
            content = @Content(schema = @Schema(implementation = CodeStatusView.class)))
    @APIResponse(responseCode = "200", description = "Documented before under this id: the first record",
            content = @Content(schema = @Schema(implementation = CodeStatusView.class)))
    @APIResponse(responseCode = "409", description = "The entry id belongs to another consult")
    @APIResponse(responseCode = "422", description = "The consult is not open: not accepted, or ended")
    @Audited(value = AuditAction.CREATE, resource = "code-status")
    public Response documentCodeStatus(@PathParam("consultId") UUID consultId, @Valid @NotNull CodeStatusRequest request) {
        Recorded<CodeStatusEntry> recorded = goals.documentCodeStatus(consultId,
                Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID), request.codeStatus(),
                request.effectiveAt(), request.note());
        CodeStatusView view = GoalsOfCareMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/code-statuses/" + view.id()));
    }

    @PUT
    @Path("/consults/{consultId}/advance-directive")
    @Operation(summary = "Record where the advance directive stands, and the healthcare agent",
            description = "Recorded (its status and a note) or referenced (ON_FILE with a documentReference). The newest "
                    + "record is current; earlier ones are kept.")
    @APIResponse(responseCode = "422", description = "ON_FILE without a documentReference, or the consult is not open")
    @Audited(value = AuditAction.UPDATE, resource = "advance-directive")
    public AdvanceDirectiveView recordAdvanceDirective(@PathParam("consultId") UUID consultId,
            @Valid @NotNull AdvanceDirectiveRequest request) {
        return GoalsOfCareMapper.toView(goals.recordAdvanceDirective(consultId, request.status(),
                request.documentReference() == null ? null : request.documentReference().toString(), request.note(),
                Optional.ofNullable(request.healthcareAgent())
                        .map(agent -> new HealthcareAgent(agent.name(), agent.relationship(), agent.phone()))));
    }

    @GET
    @Path("/patients/{patientId}/goals-of-care")
    @Operation(summary = "A patient's goals of care: code status and its history, conversations, advance directive")
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "goals-of-care")
    public PatientGoalsOfCareView ofPatient(@PathParam("patientId") UUID patientId) {
        return goals.ofPatient(patientId).map(GoalsOfCareMapper::toView).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/goals-of-care/{conversationId}")
    @Operation(summary = "One goals-of-care conversation")
    @Audited(value = AuditAction.READ, resource = "goals-of-care")
    public GoalsOfCareView conversation(@PathParam("conversationId") UUID conversationId) {
        return goals.conversation(conversationId).map(GoalsOfCareMapper::toView).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/code-statuses/{codeStatusId}")
    @Operation(summary = "One documentation of the code status")
    @Audited(value = AuditAction.READ, resource = "code-status")
    public CodeStatusView codeStatus(@PathParam("codeStatusId") UUID codeStatusId) {
        return goals.codeStatus(codeStatusId).map(GoalsOfCareMapper::toView).orElseThrow(NotFoundException::new);
    }
}
