package org.pallium.gateway.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.gateway.mapping.PatientSummaryMapper;
import org.pallium.gateway.service.PatientSummaryService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A patient's summary across the settings, for the palliative team, whom the timeline serves too:
 * a clinician sees the patients on their setting's census, a coordinator everyone; any other
 * patient answers 404, as an unknown one does.
 */
@Path("/api/patients/{patientId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "One patient's care across hospital, clinic and home")
public class PatientSummaryResource {

    private final PatientSummaryService summaries;

    PatientSummaryResource(PatientSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(summary = "The patient's summary: settings, open referrals, care team, symptom scores, decisions, next and "
            + "last contact",
            description = "Built from every setting's events as they arrive. Where settings tell the same thing (the code "
                    + "status, the healthcare agent, the advance directive, an advance care planning document, a score), "
                    + "the newest by clinical time wins: an event "
                    + "that arrives late, such as a visit documented offline, never replaces a newer one. The next "
                    + "appointment is the earliest booked clinic appointment or scheduled home programme visit still to "
                    + "come; cancelled, missed and begun ones are not. The care team is every clinician who visited the "
                    + "patient or has a visit or appointment with them ahead, setting by setting.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = PatientSummaryView.class)))
    @APIResponse(responseCode = "404", description = "Pallium does not know the patient, or the caller may not see them")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Audited(value = AuditAction.READ, resource = "summary")
    public PatientSummaryView summary(@PathParam("patientId") UUID patientId, @Context UriInfo uri) {
        return summaries.of(patientId).map(summary -> PatientSummaryMapper.toView(summary, uri.getBaseUri()))
                .orElseThrow(NotFoundException::new);
    }
}
