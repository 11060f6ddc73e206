package org.pallium.outpatient.rest;

import java.net.URI;
import java.util.List;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.OnwardReferralMapper;
import org.pallium.outpatient.service.OnwardReferralHistory;
import org.pallium.outpatient.service.OnwardReferralService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * The referrals the clinic sends on to other services, followed to their end. A referral of a
 * patient the caller may not see is answered as missing, and a list leaves it out.
 */
@Path("/api/onward-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Onward referrals", description = "Referrals to psychiatry, pain medicine, interventional pain, integrative "
        + "medicine, social work, chaplaincy or others: SENT, SCHEDULED, SEEN, CLOSED, each step published as "
        + "org.pallium.onward-referral.changed.v1 on pallium.care-events")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class OnwardReferralResource {

    private final OnwardReferralService referrals;

    OnwardReferralResource(OnwardReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    @Operation(summary = "Record a referral sent on to another service; publishes org.pallium.onward-referral.changed.v1",
            description = "For a patient the clinic has accepted and still cares for; the referral is SENT. 201 when "
                    + "recorded; 200 with the referral as it now stands when one with this id exists.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = OnwardReferralView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the referral as it now stands",
            content = @Content(schema = @Schema(implementation = OnwardReferralView.class)))
    @APIResponse(responseCode = "400", description = "A field breaks its rule, such as a service not on the list or OTHER "
            + "without its recipient; each violation names its field")
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The id belongs to another patient's referral")
    @APIResponse(responseCode = "422", description = "The patient has no accepted referral to the clinic that is still open")
    @Audited(value = AuditAction.CREATE, resource = "onward-referral")
    public Response send(@Valid @NotNull SendOnwardReferralRequest request) {
        return respond(referrals.send(OnwardReferralMapper.toRecording(request)));
    }

    @POST
    @Path("/{onwardReferralId}/steps")
    @Operation(summary = "Move an onward referral on: SCHEDULED, SEEN or CLOSED; publishes "
            + "org.pallium.onward-referral.changed.v1",
            description = "Forward only, and a step may be skipped; SCHEDULED again records a moved appointment. A "
                    + "referral closed before the patient was seen (declined, not reached) says why. 201 when taken; 200 "
                    + "with the referral as it now stands when a step with this id exists.")
    @APIResponse(responseCode = "201", description = "Taken: the referral as it now stands",
            content = @Content(schema = @Schema(implementation = OnwardReferralView.class)))
    @APIResponse(responseCode = "200", description = "Taken before under this id: the referral as it now stands",
            content = @Content(schema = @Schema(implementation = OnwardReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral of a patient the caller may see")
    @APIResponse(responseCode = "409", description = "The step id belongs to another referral, or the step goes back, "
            + "repeats SEEN, or follows the closure")
    @APIResponse(responseCode = "422", description = "A closure before the patient was seen without a reason, or a step "
            + "dated before the referral's latest one")
    @Audited(value = AuditAction.UPDATE, resource = "onward-referral")
    public Response step(@PathParam("onwardReferralId") UUID onwardReferralId,
            @Valid @NotNull OnwardReferralStepRequest request) {
        return respond(referrals.step(OnwardReferralMapper.toRecording(onwardReferralId, request)));
    }

    @GET
    @Operation(summary = "The onward referrals of a patient, the most recently sent first, each with its steps",
            description = "None for a patient the caller may not see.")
    @Audited(value = AuditAction.SEARCH, resource = "onward-referral")
    public List<OnwardReferralView> ofPatient(@QueryParam("patientId") @NotNull UUID patientId) {
        return referrals.ofPatientNewestFirst(patientId).stream().map(OnwardReferralMapper::toView).toList();
    }

    @GET
    @Path("/{onwardReferralId}")
    @Operation(summary = "One onward referral, with its steps")
    @APIResponse(responseCode = "200", description = "The referral as it now stands",
            content = @Content(schema = @Schema(implementation = OnwardReferralView.class)))
    @APIResponse(responseCode = "404", description = "No such referral of a patient the caller may see")
    @Audited(value = AuditAction.READ, resource = "onward-referral")
    public OnwardReferralView referral(@PathParam("onwardReferralId") UUID onwardReferralId) {
        return referrals.find(onwardReferralId).map(OnwardReferralMapper::toView).orElseThrow(NotFoundException::new);
    }

    private static Response respond(Recorded<OnwardReferralHistory> recorded) {
        OnwardReferralView view = OnwardReferralMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/onward-referrals/" + view.id()));
    }
}
