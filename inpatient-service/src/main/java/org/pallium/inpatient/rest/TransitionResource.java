package org.pallium.inpatient.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
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
import org.pallium.inpatient.mapping.GoalsOfCareMapper;
import org.pallium.inpatient.repository.Transition;
import org.pallium.inpatient.service.TransitionService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/** The transition at discharge: where the patient goes, and what the receiving team gets. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Discharge transition", description = "The end of a consult at discharge, and the hand-over")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class TransitionResource {

    private final TransitionService transitions;

    TransitionResource(TransitionService transitions) {
        this.transitions = transitions;
    }

    @POST
    @Path("/consults/{consultId}/transition")
    @Operation(summary = "Record the patient's transition at discharge; publishes org.pallium.patient.transitioned.v1",
            description = "To the home programme or the outpatient clinic, the consult's referral is transferred there "
                    + "(org.pallium.referral.transferred.v1): the gateway opens the onward referral and the receiving "
                    + "service gets it, with the handover: the latest ESAS-r and PPS, code status, goals of care, "
                    + "healthcare agent and advance directive. To hospice, a facility, or a death in hospital, the referral "
                    + "is concluded. 201 when recorded; 200 when the consult transitioned to this outcome before.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = TransitionView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before with this outcome",
            content = @Content(schema = @Schema(implementation = TransitionView.class)))
    @APIResponse(responseCode = "409", description = "The consult transitioned to another outcome, or ended otherwise")
    @Audited(value = AuditAction.CREATE, resource = "transition")
    public Response transition(@PathParam("consultId") UUID consultId, @Valid @NotNull TransitionRequest request) {
        Recorded<Transition> recorded = transitions.transition(consultId, request.outcome(), request.reason());
        TransitionView view = GoalsOfCareMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/transitions/" + view.id()));
    }

    @GET
    @Path("/transitions/{transitionId}")
    @Operation(summary = "One transition, with the handover it carried")
    @Audited(value = AuditAction.READ, resource = "transition")
    public TransitionView transition(@PathParam("transitionId") UUID transitionId) {
        return transitions.find(transitionId).map(GoalsOfCareMapper::toView).orElseThrow(NotFoundException::new);
    }
}
