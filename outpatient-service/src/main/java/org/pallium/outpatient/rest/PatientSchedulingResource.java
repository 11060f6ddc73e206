package org.pallium.outpatient.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.AppointmentMapper;
import org.pallium.outpatient.mapping.ScheduleMapper;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.outpatient.service.CampusAppointmentService;
import org.pallium.outpatient.service.DateRange;
import org.pallium.outpatient.service.ScheduleService;
import org.pallium.outpatient.service.SlotService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.security.Roles;

/**
 * A patient's other appointments on campus, as the EHR sends them, and the clinic's slots that fit
 * around them. A patient a clinician may not see is answered as missing; the EHR that sends the
 * appointments may send them for any patient.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campus coordination", description = "The patient's other appointments on campus, and slots that save them a trip")
public class PatientSchedulingResource {

    private final CampusAppointmentService campus;
    private final SlotService slots;
    private final ScheduleService schedule;

    PatientSchedulingResource(CampusAppointmentService campus, SlotService slots, ScheduleService schedule) {
        this.campus = campus;
        this.slots = slots;
        this.schedule = schedule;
    }

    @PUT
    @Path("/patients/{patientId}/campus-appointments")
    @RolesAllowed({Roles.EHR_SYSTEM, Roles.CLINICIAN, Roles.COORDINATOR})
    @Operation(summary = "Replace the patient's other appointments on campus with those the EHR has now",
            description = "Under the EHR's own ids; the whole list each time, so the same list again changes nothing and an "
                    + "appointment left out is gone. The clinic books no appointment overlapping one, and suggests slots next to "
                    + "them. Appointments the clinic booked already stay, even if one now overlaps. An EHR system may send them "
                    + "for any patient; a clinician for the patients on the clinic's census.")
    @APIResponse(responseCode = "200", description = "The list as now held, the soonest first",
            content = @Content(schema = @Schema(implementation = CampusAppointmentsView.class)))
    @APIResponse(responseCode = "404", description = "The caller is not an EHR system and the patient is not one they may see")
    @APIResponse(responseCode = "422", description = "An id sent twice, or an appointment that does not end after it starts")
    @Audited(value = AuditAction.UPDATE, resource = "campus-appointment")
    public CampusAppointmentsView replaceCampusAppointments(@PathParam("patientId") UUID patientId,
            @Valid @NotNull CampusAppointmentsRequest request) {
        return AppointmentMapper.toView(patientId, campus.replace(patientId, AppointmentMapper.toEntries(request)));
    }

    @GET
    @Path("/patients/{patientId}/campus-appointments")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Operation(summary = "The patient's other appointments on campus, as the EHR last sent them, the soonest first")
    @APIResponse(responseCode = "200", description = "The list, the soonest first",
            content = @Content(schema = @Schema(implementation = CampusAppointmentsView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "campus-appointment")
    public CampusAppointmentsView campusAppointments(@PathParam("patientId") UUID patientId) {
        return campus.ofPatient(patientId).map(appointments -> AppointmentMapper.toView(patientId, appointments))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/patients/{patientId}/slot-suggestions")
    @RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
    @Operation(summary = "Free slots for the patient that save them a trip, the best first",
            description = "The free slots (as GET /api/slots finds them) that overlap none of the patient's other appointments, "
                    + "on campus or in the clinic. Ranked: first the slots on the day of one of the patient's campus appointments "
                    + "and within pallium.clinic.bundling-gap (30 minutes by default) before or after it (`bundling` ADJACENT), "
                    + "the closest first; then the others on such a day (SAME_DAY), the closest first; then those on other days "
                    + "(OTHER_DAY), the soonest first. Each says which campus appointment it sits with (`sameDayAs`) and how many "
                    + "minutes apart (`minutesFromOtherAppointment`).")
    @APIResponse(responseCode = "200", description = "The suggestions, the best first",
            content = @Content(schema = @Schema(implementation = SlotSuggestionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A range that is missing, reversed or too long, no or an unknown visit "
            + "type, or a bad limit")
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "422", description = "The clinic has no such clinician")
    @Audited(value = AuditAction.SEARCH, resource = "slot-suggestion")
    public List<SlotSuggestionView> slotSuggestions(@PathParam("patientId") UUID patientId,
            @QueryParam("visitType") @NotNull @Parameter(schema = @Schema(implementation = VisitType.class))
            String visitType,
            @QueryParam("from") @Parameter(description = "The first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "The last day, included, yyyy-MM-dd") String to,
            @QueryParam("clinician") @Parameter(description = "A clinician's Pallium user id; repeat for several; none: every "
                    + "clinician") List<@Size(max = 200) String> clinicians,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit) {
        DateRange range = schedule.range(ScheduleMapper.toDay("from", from), ScheduleMapper.toDay("to", to));
        return slots.suggest(patientId, clinicians, ScheduleMapper.toVisitType(visitType), range, limit)
                .map(suggestions -> suggestions.stream().map(ScheduleMapper::toView).toList())
                .orElseThrow(NotFoundException::new);
    }
}
