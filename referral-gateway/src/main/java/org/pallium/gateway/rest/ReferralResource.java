package org.pallium.gateway.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.ReferralMapper;
import org.pallium.events.CareSetting;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralFilter;
import org.pallium.gateway.repository.ReferralStatus;
import org.pallium.gateway.service.ReferralService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * Referrals, for the systems and people who follow them: an EHR system submits referrals and reads
 * and cancels those it submitted; a clinician reads those of the patients on their setting's
 * census; a coordinator everything. A referral the caller may not see answers 404, as a missing
 * one does. Home nurses have nothing here: their app works from the home visit service. Auditors
 * and admins read no referrals.
 */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referral intake for EHR systems")
public class ReferralResource {

    private final ReferralService referrals;

    ReferralResource(ReferralService referrals) {
        this.referrals = referrals;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer a patient to palliative care",
            description = "201 with the referral id, the Pallium patient id and the status (REQUESTED). "
                    + "The referral is handed to the setting's service; poll GET /api/referrals/{id} to follow it: "
                    + "RECEIVED, then ACCEPTED or REJECTED, SCHEDULED, FIRST_VISIT_COMPLETED, and COMPLETED or CLOSED; "
                    + "or TRANSFERRED to another setting, with the new referral in transferredTo.")
    @APIResponse(responseCode = "201", description = "Referred; Location names the referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "200", description = "Referred before with this key and this content: the original referral",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "This key was used before for a referral with different content")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.COORDINATOR})
    @Audited(value = AuditAction.CREATE, resource = "referral")
    public Response submit(@Valid @NotNull SubmitReferralRequest request,
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200)
            @Parameter(description = "Makes a retry return the original referral; ignored when the body has a referralIdentifier")
            String idempotencyKey,
            @Context UriInfo uri) {
        Recorded<Referral> recorded = referrals.submit(ReferralMapper.toSubmission(request), Optional.ofNullable(idempotencyKey));
        ReferralView referral = ReferralMapper.toView(recorded.value());
        URI location = uri.getAbsolutePathBuilder().path(referral.referralId().toString()).build();
        return (recorded.created() ? Response.created(location) : Response.ok().location(location)).entity(referral).build();
    }

    @GET
    @Path("/{referralId}")
    @Operation(summary = "A referral, its status, and every status it has had: when, by whom, and why",
            description = "A referral opened by a transfer names the one it came from in transferredFrom; a transferred "
                    + "one names the one it opened in transferredTo.")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "referral")
    public ReferralView referral(@PathParam("referralId") UUID referralId) {
        return referrals.find(referralId)
                .map(referral -> ReferralMapper.toView(referral, referrals.historyOf(referralId)))
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("/{referralId}")
    @Operation(summary = "Cancel a referral that has not ended; its setting's service is told",
            description = "The reason is kept in the history. A referral that has ended (REJECTED, COMPLETED, CLOSED, "
                    + "TRANSFERRED, CANCELLED) stays as it is: to withdraw a transferred patient, cancel the referral "
                    + "named in its transferredTo.")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.COORDINATOR})
    // The referral is kept, cancelled: a change of its status, as its FHIR revocation is.
    @Audited(value = AuditAction.UPDATE, resource = "referral")
    public ReferralView cancel(@PathParam("referralId") UUID referralId, @Valid @NotNull CancelReferralRequest request) {
        return referrals.cancel(referralId, request.reason())
                .map(referral -> ReferralMapper.toView(referral, referrals.historyOf(referralId)))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Operation(summary = "Referrals, newest first, optionally of one patient, in one status or one setting",
            description = "Keyset paging: follow `next` until it is absent to see every referral once. Only the "
                    + "referrals the caller may see: an EHR system's own, those of a clinician's census, all for a coordinator.")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.SEARCH, resource = "referral")
    public ReferralPage referrals(
            @QueryParam("patientId") UUID patientId,
            @QueryParam("status") ReferralStatus status,
            @QueryParam("setting") CareSetting setting,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Parameter(description = "From a previous page's `next`") String cursor,
            @Context UriInfo uri) {
        ReferralFilter filter = new ReferralFilter(Optional.ofNullable(patientId), Optional.ofNullable(status),
                Optional.ofNullable(setting));
        return ReferralMapper.toPage(referrals.page(filter, ReferralMapper.decodeCursor(cursor), limit), limit,
                next -> uri.getRequestUriBuilder().replaceQueryParam("cursor", next).build());
    }
}
