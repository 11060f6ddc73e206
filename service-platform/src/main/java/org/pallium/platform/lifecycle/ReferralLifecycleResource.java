package org.pallium.platform.lifecycle;

import java.util.UUID;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.lifecycle.LifecycleRequests.AcceptReferral;
import org.pallium.platform.lifecycle.LifecycleRequests.ConcludeReferral;
import org.pallium.platform.lifecycle.LifecycleRequests.RejectReferral;
import org.pallium.platform.lifecycle.LifecycleRequests.ScheduleReferral;
import org.pallium.platform.lifecycle.LifecycleRequests.TransferReferral;
import org.pallium.platform.security.Roles;

/**
 * The team's steps on a referral routed to its setting, at the same paths in every care service.
 * Every step answers 200 with the referral as it now stands, also when it repeats a step the
 * referral took already (a retry), which then publishes nothing.
 */
@Path("/api/referrals/{referralId}")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referral lifecycle", description = "Triage and follow a referral: accept or reject it, schedule the first "
        + "visit, conclude it, or transfer the patient to another setting. Each step is published on pallium.referral-events.")
@IfBuildProperty(name = ReferralLifecycleService.ENABLED, stringValue = "true")
@APIResponse(responseCode = "200", description = "The referral as it now stands; a repeated step changes nothing",
        content = @Content(schema = @Schema(implementation = ReferralLifecycleView.class)))
@APIResponse(responseCode = "404", description = "This service holds no such referral")
@APIResponse(responseCode = "409", description = "The referral's status does not allow this step; the detail names it")
public class ReferralLifecycleResource {

    private final ReferralLifecycleService lifecycle;

    ReferralLifecycleResource(ReferralLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/acceptance")
    @Operation(summary = "Accept a RECEIVED referral; publishes org.pallium.referral.accepted.v1",
            description = "Visits are recorded under the referral from now on.")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralLifecycleView accept(@PathParam("referralId") UUID referralId, @Valid @NotNull AcceptReferral request) {
        return lifecycle.accept(referralId, request.clinician());
    }

    @POST
    @Path("/rejection")
    @Operation(summary = "Decline a RECEIVED referral, with a reason; publishes org.pallium.referral.rejected.v1",
            description = "The referral is over; the referrer sees the reason at the gateway.")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralLifecycleView reject(@PathParam("referralId") UUID referralId, @Valid @NotNull RejectReferral request) {
        return lifecycle.reject(referralId, request.reason(), request.clinician());
    }

    @POST
    @Path("/schedule")
    @Operation(summary = "Book the first visit of an ACCEPTED referral; publishes org.pallium.referral.scheduled.v1",
            description = "Booked once: the same time again is a retry, another time a conflict.")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralLifecycleView schedule(@PathParam("referralId") UUID referralId,
            @Valid @NotNull ScheduleReferral request) {
        return lifecycle.schedule(referralId, request.firstVisitAt(), request.clinician());
    }

    @POST
    @Path("/conclusion")
    @Operation(summary = "End the team's care, COMPLETED or CLOSED; publishes org.pallium.referral.concluded.v1",
            description = "COMPLETED needs the first visit to have taken place (status IN_CARE); CLOSED ends an "
                    + "ACCEPTED, SCHEDULED or IN_CARE referral with or without one. The referral is over.")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralLifecycleView conclude(@PathParam("referralId") UUID referralId,
            @Valid @NotNull ConcludeReferral request) {
        return lifecycle.conclude(referralId, request.outcome(), request.reason(), request.clinician());
    }

    @POST
    @Path("/transfer")
    @Operation(summary = "Hand the patient over to another setting; publishes org.pallium.referral.transferred.v1",
            description = "For a referral that has not ended. The referral is over here; the gateway opens a new one, "
                    + "`transferred.newReferralId`, for the other setting and submits it there with the patient's context.")
    @APIResponse(responseCode = "422", description = "The patient is transferred to this service's own setting")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralLifecycleView transfer(@PathParam("referralId") UUID referralId,
            @Valid @NotNull TransferReferral request) {
        return lifecycle.transfer(referralId, request.toSetting(), request.reason(), request.clinician());
    }
}
