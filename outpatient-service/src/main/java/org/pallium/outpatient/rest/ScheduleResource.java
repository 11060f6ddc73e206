package org.pallium.outpatient.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.pallium.outpatient.mapping.ScheduleMapper;
import org.pallium.outpatient.repository.ScheduleException;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.outpatient.service.DateRange;
import org.pallium.outpatient.service.ScheduleService;
import org.pallium.outpatient.service.SlotService;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.security.Roles;

/**
 * The clinic's schedule, for its clinicians and the programme's coordinators: visit types and their
 * durations, the clinicians with their weekly templates, the exceptions to them, and the free slots.
 * None of it is patient data, so none of it is audited.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule", description = "Visit types, clinicians' weekly hours, leave and holidays, and free slots")
@RolesAllowed({Roles.CLINICIAN, Roles.COORDINATOR})
public class ScheduleResource {

    private final ScheduleService schedule;
    private final SlotService slots;

    ScheduleResource(ScheduleService schedule, SlotService slots) {
        this.schedule = schedule;
        this.slots = slots;
    }

    @GET
    @Path("/visit-types")
    @Operation(summary = "The visit types the clinic books, each with the duration of its appointments",
            description = "Set by pallium.clinic.visit-durations.*; an appointment ends when its type's duration has passed.")
    public List<VisitTypeView> visitTypes() {
        return ScheduleMapper.toViews(schedule.visitDurations());
    }

    @GET
    @Path("/clinicians")
    @Operation(summary = "The clinicians the clinic books, by name, each with their weekly template")
    public List<ClinicianView> clinicians() {
        return schedule.clinicians().stream().map(clinician -> ScheduleMapper.toView(clinician, schedule.zone())).toList();
    }

    @GET
    @Path("/clinicians/{clinicianId}")
    @Operation(summary = "One clinician, with their weekly template")
    @APIResponse(responseCode = "200", description = "The clinician",
            content = @Content(schema = @Schema(implementation = ClinicianView.class)))
    @APIResponse(responseCode = "404", description = "The clinic has no such clinician")
    public ClinicianView clinician(@PathParam("clinicianId") String clinicianId) {
        return schedule.clinician(clinicianId).map(clinician -> ScheduleMapper.toView(clinician, schedule.zone()))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("/clinicians/{clinicianId}")
    @Operation(summary = "Add a clinician the clinic books, or change their name or discipline",
            description = "The path names them by their Pallium user id, the one their bearer token carries. Their weekly "
                    + "template stays as it was; a new clinician has none, so no slot, until it is set.")
    public ClinicianView saveClinician(@PathParam("clinicianId") @Size(max = 200) String clinicianId,
            @Valid @NotNull ClinicianRequest request) {
        return ScheduleMapper.toView(schedule.saveClinician(clinicianId, request.name(), request.discipline()), schedule.zone());
    }

    @GET
    @Path("/clinicians/{clinicianId}/weekly-template")
    @Operation(summary = "A clinician's weekly template: their hours on each day of the week, in the clinic's local time")
    @APIResponse(responseCode = "200", description = "The template, Monday first",
            content = @Content(schema = @Schema(implementation = WeeklyTemplateView.class)))
    @APIResponse(responseCode = "404", description = "The clinic has no such clinician")
    public WeeklyTemplateView weeklyTemplate(@PathParam("clinicianId") String clinicianId) {
        return schedule.clinician(clinicianId).map(clinician -> ScheduleMapper.toTemplateView(clinician, schedule.zone()))
                .orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("/clinicians/{clinicianId}/weekly-template")
    @Operation(summary = "Set a clinician's weekly template, replacing the one they had",
            description = "Blocks of hours by day of the week, as local times in the clinic's time zone (pallium.clinic.zone); "
                    + "several a day. Appointments are booked within one block; blocks that touch count as one. Appointments "
                    + "booked already stay where they are.")
    @APIResponse(responseCode = "200", description = "The template as now set, Monday first",
            content = @Content(schema = @Schema(implementation = WeeklyTemplateView.class)))
    @APIResponse(responseCode = "404", description = "The clinic has no such clinician")
    @APIResponse(responseCode = "422", description = "A block does not end after it starts, or two blocks of a day overlap")
    public WeeklyTemplateView setWeeklyTemplate(@PathParam("clinicianId") String clinicianId,
            @Valid @NotNull WeeklyTemplateRequest request) {
        return ScheduleMapper.toTemplateView(schedule.setWeeklyTemplate(clinicianId, ScheduleMapper.toWeeklyHours(request)),
                schedule.zone());
    }

    @POST
    @Path("/schedule-exceptions")
    @Operation(summary = "Record a period in which a clinician, or the whole clinic, sees no patients",
            description = "Leave, a holiday, anything else: no appointment is booked, and no slot offered, that overlaps it. "
                    + "Without a clinician it closes the whole clinic, as a public holiday does. Appointments booked already "
                    + "in the period stay: the clinic moves or cancels them. 201 when recorded; 200 with the first record "
                    + "when an exception with this id exists.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ScheduleExceptionView.class)))
    @APIResponse(responseCode = "200", description = "Recorded before under this id: the first record",
            content = @Content(schema = @Schema(implementation = ScheduleExceptionView.class)))
    @APIResponse(responseCode = "422", description = "An unknown clinician, or a period that does not end after it starts")
    public Response recordException(@Valid @NotNull ScheduleExceptionRequest request) {
        Recorded<ScheduleException> recorded = schedule.recordException(ScheduleMapper.toRecording(request));
        ScheduleExceptionView view = ScheduleMapper.toView(recorded.value());
        return recorded.answer(view, URI.create("/api/schedule-exceptions/" + view.id()));
    }

    @GET
    @Path("/schedule-exceptions")
    @Operation(summary = "The exceptions that have not ended yet, the soonest first",
            description = "All of them, or one clinician's with the clinic's.")
    public List<ScheduleExceptionView> exceptions(
            @QueryParam("clinician") @Size(max = 200) @Parameter(description = "A clinician's Pallium user id") String clinician) {
        return schedule.currentExceptions(Optional.ofNullable(clinician)).stream().map(ScheduleMapper::toView).toList();
    }

    @GET
    @Path("/schedule-exceptions/{exceptionId}")
    @Operation(summary = "One exception")
    @APIResponse(responseCode = "200", description = "The exception",
            content = @Content(schema = @Schema(implementation = ScheduleExceptionView.class)))
    @APIResponse(responseCode = "404", description = "No such exception, or it was withdrawn")
    public ScheduleExceptionView exception(@PathParam("exceptionId") UUID exceptionId) {
        return schedule.exception(exceptionId).map(ScheduleMapper::toView).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("/schedule-exceptions/{exceptionId}")
    @Operation(summary = "Withdraw an exception: the clinician, or the clinic, is available again",
            description = "204 also when there is no such exception, such as when it was withdrawn before.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public void withdrawException(@PathParam("exceptionId") UUID exceptionId) {
        schedule.withdrawException(exceptionId);
    }

    @GET
    @Path("/slots")
    @Operation(summary = "Free slots for a visit type, by clinician and date range, the soonest first",
            description = "A slot is free when the clinician's weekly template holds it whole, no exception of the clinician "
                    + "or the clinic overlaps it, it has not started, and none of the clinician's appointments (booked, checked "
                    + "in or completed) holds any of its time. Slots lie on a grid: they start at the start of each block of the "
                    + "template, then every pallium.clinic.slot-grid (15 minutes by default) while the visit type's duration "
                    + "still ends within the block. The days are the clinic's (pallium.clinic.zone); at most "
                    + "pallium.clinic.max-search-days (31 by default) at once.")
    @APIResponse(responseCode = "200", description = "The free slots, the soonest first",
            content = @Content(schema = @Schema(implementation = SlotView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A range that is missing, reversed or too long, or no or an unknown "
            + "visit type")
    @APIResponse(responseCode = "422", description = "The clinic has no such clinician")
    public List<SlotView> freeSlots(
            @QueryParam("clinician") @Parameter(description = "A clinician's Pallium user id; repeat for several; none: every "
                    + "clinician") List<@Size(max = 200) String> clinicians,
            @QueryParam("visitType") @NotNull @Parameter(schema = @Schema(implementation = VisitType.class))
            String visitType,
            @QueryParam("from") @Parameter(description = "The first day, yyyy-MM-dd") String from,
            @QueryParam("to") @Parameter(description = "The last day, included, yyyy-MM-dd") String to) {
        DateRange range = schedule.range(ScheduleMapper.toDay("from", from), ScheduleMapper.toDay("to", to));
        return slots.free(clinicians, ScheduleMapper.toVisitType(visitType), range).stream().map(ScheduleMapper::toView).toList();
    }
}
