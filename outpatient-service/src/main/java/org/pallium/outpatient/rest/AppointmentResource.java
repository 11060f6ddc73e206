package org.pallium.outpatient.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pallium.outpatient.mapping.AppointmentMapper;
import org.pallium.outpatient.mapping.ScheduleMapper;
import org.pallium.outpatient.repository.Appointment;
import org.pallium.outpatient.service.AppointmentService;
import org.pallium.outpatient.service.DateRange;
import org.pallium.outpatient.service.ScheduleService;
import org.pallium.platform.audit.AuditAction;
import org.pallium.platform.audit.Audited;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * The clinic's appointments, for its clinicians and the programme's coordinators. An appointment of
 * a patient the caller may not see is answered as missing, and so is such a patient when one is
 * booked; a list leaves such patients out. Every step answers 200 with the appointment as it now
 * stands, also when it repeats a step the appointment took already (a retry), which then publishes
 * nothing.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments", description = "Book, reschedule, check in, complete, cancel, or record a no-show. Bookings, "
        + "moves, cancellations and no-shows are published on pallium.care-events.")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class AppointmentResource {

    private final AppointmentService appointments;
    private final ScheduleService schedule;

    AppointmentResource(AppointmentService appointments, ScheduleService schedule) {
        this.appointments = appointments;
        this.schedule = schedule;
    }

    @POST
    @Path("/appointments")
    @Operation(summary = "Book an appointment; publishes org.pallium.appointment.booked.v1",
            description = "For a patient with an open referral to the clinic (ACCEPTED, SCHEDULED or IN_CARE). It ends when the "
                    + "visit type's duration has passed (GET /api/visit-types), and must lie within one block of the clinician's "
                    + "weekly template and outside their exceptions and the clinic's. The first appointment of an ACCEPTED "
                    + "referral also schedules the referral (org.pallium.referral.scheduled.v1). Neither the clinician nor the "
                    + "patient is ever booked twice at once: the database refuses the overlap however many requests race, and "
                    + "the 409 names the appointment that holds the time. The patient's other appointments on campus block the "
                    + "time too. 201 when booked; 200 with the appointment when one with this id exists.")
    @APIResponse(responseCode = "201", description = "Booked",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "200", description = "Booked before under this id: that appointment",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "The patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The clinician or the patient has an appointment at that time (its id, "
            + "and for the patient's also when), the patient has an appointment elsewhere on campus then (its EHR id and "
            + "when), or the id belongs to another patient's appointment")
    @APIResponse(responseCode = "422", description = "The start is past; the clinician is unknown; the time is outside the "
            + "clinician's hours or in an exception (the detail says which); or the patient has no open referral to the clinic")
    @Audited(value = AuditAction.CREATE, resource = "appointment")
    public Response book(@Valid @NotNull BookAppointmentRequest request) {
        Recorded<Appointment> recorded = appointments.book(AppointmentMapper.toBooking(request));
        AppointmentView view = AppointmentMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/appointments/" + view.id()));
    }

    @GET
    @Path("/appointments")
    @Operation(summary = "A patient's appointments, whatever their status, the soonest first",
            description = "None for a patient the caller may not see.")
    @Audited(value = AuditAction.SEARCH, resource = "appointment")
    public List<AppointmentView> ofPatient(@QueryParam("patientId") @NotNull UUID patientId) {
        return appointments.ofPatient(patientId).stream().map(AppointmentMapper::toView).toList();
    }

    @GET
    @Path("/appointments/{appointmentId}")
    @Operation(summary = "One appointment")
    @APIResponse(responseCode = "200", description = "The appointment",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @Audited(value = AuditAction.READ, resource = "appointment")
    public AppointmentView appointment(@PathParam("appointmentId") UUID appointmentId) {
        return appointments.find(appointmentId).map(AppointmentMapper::toView).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/clinicians/{clinicianId}/appointments")
    @Operation(summary = "A clinician's appointments starting in a date range, whatever their status, the soonest first",
            description = "Their day or week at the clinic. A clinician of the outpatient team sees the appointments of the "
                    + "patients on the clinic's census; a coordinator every one. The days are the clinic's "
                    + "(pallium.clinic.zone); at most pallium.clinic.max-search-days at once.")
    @APIResponse(responseCode = "200", description = "The appointments, the soonest first",
            content = @Content(schema = @Schema(implementation = AppointmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A range that is missing, reversed or too long")
    @Audited(value = AuditAction.SEARCH, resource = "appointment")
    public List<AppointmentView> ofClinician(@PathParam("clinicianId") String clinicianId,
            @QueryParam("from") @Parameter(description = "The first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "The last day, included, yyyy-MM-dd") String to) {
        DateRange range = schedule.range(ScheduleMapper.toDay("from", from), ScheduleMapper.toDay("to", to));
        return appointments.ofClinician(clinicianId, range).stream().map(AppointmentMapper::toView).toList();
    }

    @POST
    @Path("/appointments/{appointmentId}/rescheduling")
    @Operation(summary = "Move a BOOKED appointment to another start, and perhaps another clinician; publishes "
            + "org.pallium.appointment.rescheduled.v1",
            description = "The new time is checked as a booking's is. The same start with the same clinician again is a retry. "
                    + "A first visit the appointment scheduled for its referral stays as the referral recorded it.")
    @APIResponse(responseCode = "200", description = "The appointment as it now stands",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The appointment is not BOOKED, or the time is held (named, as for a booking)")
    @APIResponse(responseCode = "422", description = "As for a booking")
    @Audited(value = AuditAction.UPDATE, resource = "appointment")
    public AppointmentView reschedule(@PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull RescheduleAppointmentRequest request) {
        return AppointmentMapper.toView(appointments.reschedule(appointmentId, Optional.ofNullable(request.clinician()),
                request.startsAt()));
    }

    @POST
    @Path("/appointments/{appointmentId}/check-in")
    @Operation(summary = "The patient arrived for a BOOKED appointment")
    @APIResponse(responseCode = "200", description = "The appointment as it now stands",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The appointment is not BOOKED")
    @Audited(value = AuditAction.UPDATE, resource = "appointment")
    public AppointmentView checkIn(@PathParam("appointmentId") UUID appointmentId) {
        return AppointmentMapper.toView(appointments.checkIn(appointmentId));
    }

    @POST
    @Path("/appointments/{appointmentId}/completion")
    @Operation(summary = "The visit of a CHECKED_IN appointment took place",
            description = "The visit itself, with what was found and done, is recorded at POST /api/visits.")
    @APIResponse(responseCode = "200", description = "The appointment as it now stands",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The patient has not checked in, or the appointment was cancelled or missed")
    @Audited(value = AuditAction.UPDATE, resource = "appointment")
    public AppointmentView complete(@PathParam("appointmentId") UUID appointmentId) {
        return AppointmentMapper.toView(appointments.complete(appointmentId));
    }

    @POST
    @Path("/appointments/{appointmentId}/cancellation")
    @Operation(summary = "Cancel a BOOKED or CHECKED_IN appointment, with the reason; publishes "
            + "org.pallium.appointment.cancelled.v1", description = "Its time is free again.")
    @APIResponse(responseCode = "200", description = "The appointment as it now stands",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The appointment was completed or missed")
    @Audited(value = AuditAction.UPDATE, resource = "appointment")
    public AppointmentView cancel(@PathParam("appointmentId") UUID appointmentId,
            @Valid @NotNull CancelAppointmentRequest request) {
        return AppointmentMapper.toView(appointments.cancel(appointmentId, request.reason()));
    }

    @POST
    @Path("/appointments/{appointmentId}/no-show")
    @Operation(summary = "The patient did not come to a BOOKED appointment; publishes org.pallium.appointment.missed.v1",
            description = "Its time is free again.")
    @APIResponse(responseCode = "200", description = "The appointment as it now stands",
            content = @Content(schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No such appointment, or its patient is not one the caller may see")
    @APIResponse(responseCode = "409", description = "The appointment is not BOOKED")
    @Audited(value = AuditAction.UPDATE, resource = "appointment")
    public AppointmentView recordNoShow(@PathParam("appointmentId") UUID appointmentId) {
        return AppointmentMapper.toView(appointments.recordMissed(appointmentId));
    }
}
