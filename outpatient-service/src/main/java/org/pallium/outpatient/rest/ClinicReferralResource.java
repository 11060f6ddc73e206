package org.pallium.outpatient.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.ClinicMapper;
import org.pallium.outpatient.service.ClinicReferralService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * The clinic's referrals, for its clinicians and the programme's coordinators. A referral of a
 * patient the caller may not see is answered as missing, and a list leaves such patients out.
 */
@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "The referrals routed to the clinic, whatever their status")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ClinicReferralResource {

    private final ClinicReferralService referrals;

    ClinicReferralResource(ClinicReferralService referrals) {
        this.referrals = referrals;
    }

    @GET
    @Operation(summary = "The clinic's referrals, optionally of one patient, the most recently submitted first",
            description = "A clinician of the outpatient team sees the referrals of the patients on the clinic's census "
                    + "(with a referral that has not ended); a coordinator every referral.")
    @Audited(value = AuditAction.SEARCH, resource = "referral")
    public List<ClinicReferralView> referrals(@QueryParam("patientId") UUID patientId) {
        return referrals.newestFirst(Optional.ofNullable(patientId)).stream().map(ClinicMapper::toView).toList();
    }

    @GET
    @Path("/{referralId}")
    @Operation(summary = "One referral")
    @Audited(value = AuditAction.READ, resource = "referral")
    public ClinicReferralView referral(@PathParam("referralId") UUID referralId) {
        return referrals.find(referralId).map(ClinicMapper::toView).orElseThrow(NotFoundException::new);
    }
}
