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
import org.pallium.inpatient.mapping.AssessmentMapper;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.service.AssessmentService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/** ESAS-r and PPS assessments, and each patient's latest values and trend. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "ESAS-r and PPS: recorded, and read as the latest values and the trend")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class AssessmentResource {

    private final AssessmentService assessments;

    AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @POST
    @Path("/consults/{consultId}/assessments")
    @Operation(summary = "Record an ESAS-r, a PPS level, or both, outside an encounter",
            description = "Such as an ESAS-r the patient filled in between visits. Every ESAS-r score is 0 to 10, "
                    + "the PPS 0 to 100 in steps of 10: anything else is a 400 naming the field. 201 when recorded; 200 "
                    + "with the first record when an assessment with this id exists.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "409", description = "The assessment id belongs to another consult")
    @APIResponse(responseCode = "422", description = "The consult is not open: not accepted, or ended")
    @Audited(value = AuditAction.CREATE, resource = "assessment")
    public Response record(@PathParam("consultId") UUID consultId, @Valid @NotNull RecordAssessmentRequest request) {
        Recorded<Assessment> recorded = assessments.record(AssessmentMapper.toRecording(consultId, request));
        AssessmentView view = AssessmentMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/patients/" + recorded.value().patientId + "/assessments"));
    }

    @GET
    @Path("/patients/{patientId}/assessments")
    @Operation(summary = "A patient's latest ESAS-r and PPS, their trend, and what worsened",
            description = "Every assessment the hospital team recorded, oldest first, the change of each measure between "
                    + "the two latest values, and the measures that worsened beyond the configured threshold (an ESAS-r "
                    + "item up by pallium.consult.worsening.esas-rise points, the PPS down by ...pps-drop).")
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "assessment")
    public PatientAssessmentsView ofPatient(@PathParam("patientId") UUID patientId) {
        return assessments.ofPatient(patientId).map(AssessmentMapper::toView).orElseThrow(NotFoundException::new);
    }
}
