package org.pallium.homevisit.rest;

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
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.HomeVisitMapper;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.service.AdmissionService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.paging.Page;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.security.Roles;

/**
 * The home programme's admissions, for its clinicians, its nurses (their caseload) and the
 * programme's coordinators. An admission of a patient the caller may not see is answered as
 * missing, and a list leaves such patients out.
 */
@Path("/api/admissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admissions", description = "The referrals routed to the home programme, whose patients the team admits")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class AdmissionResource {

    private final AdmissionService admissions;

    AdmissionResource(AdmissionService admissions) {
        this.admissions = admissions;
    }

    @GET
    @Operation(summary = "The census: every admission, the most recently referred first, a page at a time",
            description = "A clinician of the home team sees the admissions of the patients on its census (with an "
                    + "admission that has not ended), a home nurse those of the patients on their caseload, a "
                    + "coordinator every admission. Ordered by when the service received the referral, the latest "
                    + "first, then by id.")
    @APIResponse(responseCode = "200", description = "A page of admissions")
    @APIResponse(responseCode = "400", description = PageRequest.INVALID_PAGE)
    @Audited(value = AuditAction.SEARCH, resource = "admission")
    public Page<AdmissionView> census(
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = PageRequest.LIMIT_DESCRIPTION) int limit,
            @QueryParam("after") @Parameter(description = PageRequest.AFTER_DESCRIPTION) String after) {
        PageRequest page = PageRequest.of(limit, after);
        return Page.of(admissions.census(page), page,
                admission -> HomeAdmission.NEWEST_FIRST.cursorOf(admission.referral()), HomeVisitMapper::toView);
    }

    @GET
    @Path("/{admissionId}")
    @Operation(summary = "One admission")
    @Audited(value = AuditAction.READ, resource = "admission")
    public AdmissionView admission(@PathParam("admissionId") UUID admissionId) {
        return admissions.find(admissionId).map(HomeVisitMapper::toView).orElseThrow(NotFoundException::new);
    }
}
