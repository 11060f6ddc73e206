package org.pallium.homevisit.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.homevisit.mapping.EssentialsMapper;
import org.pallium.homevisit.service.PatientEssentialsService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A patient's essentials on the doorstep, for the home team's clinicians (the patients on its
 * census), its nurses (their caseload) and the programme's coordinators. A patient the caller may
 * not see is answered as unknown.
 */
@Path("/api/patients/{patientId}/essentials")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Patient essentials", description = "What a visiting nurse needs on the doorstep, from every setting")
@RolesAllowed({Roles.CLINICIAN, Roles.HOME_NURSE, Roles.COORDINATOR})
public class EssentialsResource {

    private final PatientEssentialsService essentials;

    EssentialsResource(PatientEssentialsService essentials) {
        this.essentials = essentials;
    }

    @GET
    @Operation(summary = "A patient's essentials in one compact call",
            description = "The home record, code status, healthcare agent, advance care planning documents, goals of "
                    + "care, family contacts, allergies, the latest ESAS-r and PPS with their change since the one "
                    + "before, open concerns and the last visit's plan. What other settings recorded comes from their "
                    + "events, the newest by clinical time winning. A part nobody recorded is left out. The mobile app "
                    + "fetches it again when the change feed names the patient's ESSENTIALS.")
    @APIResponse(responseCode = "200", description = "The essentials",
            content = @Content(schema = @Schema(implementation = PatientEssentialsView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see, or the home programme "
            + "holds no such patient (never admitted, no home record)")
    @Audited(value = AuditAction.READ, resource = "patient-essentials")
    public PatientEssentialsView essentials(@PathParam("patientId") UUID patientId) {
        return EssentialsMapper.toView(essentials.of(patientId));
    }
}
