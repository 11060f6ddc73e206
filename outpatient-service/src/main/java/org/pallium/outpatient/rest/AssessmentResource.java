package org.pallium.outpatient.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.AssessmentMapper;
import org.pallium.outpatient.service.VisitService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/** Each patient's ESAS-r and PPS, as assessed at the clinic's visits. */
@Path("/api/patients/{patientId}/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "ESAS-r and PPS assessed at visits: the latest values and the trend")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class AssessmentResource {

    private final VisitService visits;

    AssessmentResource(VisitService visits) {
        this.visits = visits;
    }

    @GET
    @Operation(summary = "A patient's latest ESAS-r and PPS at the clinic, and their trend",
            description = "Every visit that assessed either, oldest first, and the change of each measure between its "
                    + "two latest values. Scores are recorded with the visit (POST /api/visits).")
    @APIResponse(responseCode = "200", description = "The patient's scores; an empty trend when none were assessed",
            content = @Content(schema = @Schema(implementation = PatientAssessmentsView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "assessment")
    public PatientAssessmentsView ofPatient(@PathParam("patientId") UUID patientId) {
        return visits.assessmentsOf(patientId).map(AssessmentMapper::toView).orElseThrow(NotFoundException::new);
    }
}
