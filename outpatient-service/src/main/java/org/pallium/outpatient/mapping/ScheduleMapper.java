package org.pallium.outpatient.mapping;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.pallium.outpatient.repository.ScheduleException;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.outpatient.repository.WorkingHours;
import org.pallium.outpatient.rest.ClinicianView;
import org.pallium.outpatient.rest.ScheduleExceptionRequest;
import org.pallium.outpatient.rest.ScheduleExceptionView;
import org.pallium.outpatient.rest.SlotSuggestionView;
import org.pallium.outpatient.rest.SlotView;
import org.pallium.outpatient.rest.VisitTypeView;
import org.pallium.outpatient.rest.WeeklyHoursEntry;
import org.pallium.outpatient.rest.WeeklyTemplateRequest;
import org.pallium.outpatient.rest.WeeklyTemplateView;
import org.pallium.outpatient.service.ClinicianSchedule;
import org.pallium.outpatient.service.ExceptionRecording;
import org.pallium.outpatient.service.Slot;
import org.pallium.outpatient.service.SlotSuggestion;
import org.pallium.outpatient.service.WeeklyHours;
import org.pallium.platform.problem.ProblemException;

/** Between the API's records and the clinic's schedule: clinicians, templates, exceptions, slots. */
public final class ScheduleMapper {

    private ScheduleMapper() {
    }

    public static List<VisitTypeView> toViews(Map<VisitType, Duration> durations) {
        return durations.entrySet().stream().map(entry -> new VisitTypeView(entry.getKey(), entry.getValue().toMinutes(),
                entry.getKey().encounterClass())).toList();
    }

    /**
     * The visit type a query names. A query parameter JAX-RS cannot convert is answered 404; an unknown
     * visit type is the client's mistake, a 400 that lists the known ones.
     */
    public static VisitType toVisitType(String name) {
        return Arrays.stream(VisitType.values()).filter(visitType -> visitType.name().equals(name)).findFirst()
                .orElseThrow(() -> new ProblemException(400, "Unknown visit type", "visitType " + name + " is none of "
                        + Arrays.toString(VisitType.values())));
    }

    /** A day a query names, yyyy-MM-dd, or null when it names none; anything else is a 400, as for the visit type. */
    public static LocalDate toDay(String parameter, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            throw new ProblemException(400, "Invalid day", parameter + " " + value + " is not a day (yyyy-MM-dd)");
        }
    }

    public static ClinicianView toView(ClinicianSchedule schedule, ZoneId zone) {
        return new ClinicianView(schedule.clinician().id, schedule.clinician().name, schedule.clinician().discipline,
                toTemplateView(schedule, zone));
    }

    public static WeeklyTemplateView toTemplateView(ClinicianSchedule schedule, ZoneId zone) {
        return new WeeklyTemplateView(schedule.clinician().id, zone, schedule.weeklyTemplate().stream()
                .sorted(WorkingHours.IN_WEEK_ORDER)
                .map(hours -> new WeeklyHoursEntry(hours.dayOfWeek, hours.startsAt, hours.endsAt)).toList());
    }

    public static List<WeeklyHours> toWeeklyHours(WeeklyTemplateRequest request) {
        return request.blocks().stream().map(block -> new WeeklyHours(block.dayOfWeek(), block.startsAt(), block.endsAt()))
                .toList();
    }

    public static ExceptionRecording toRecording(ScheduleExceptionRequest request) {
        return new ExceptionRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID),
                Optional.ofNullable(request.clinician()), request.kind(), request.startsAt(), request.endsAt(), request.note());
    }

    public static ScheduleExceptionView toView(ScheduleException exception) {
        return new ScheduleExceptionView(exception.id, exception.clinicianId, exception.kind, exception.startsAt,
                exception.endsAt, exception.note, exception.recordedBy, exception.recordedAt);
    }

    public static SlotView toView(Slot slot) {
        return new SlotView(slot.clinician().id, slot.clinician().name, slot.visitType(), slot.startsAt(), slot.endsAt());
    }

    public static SlotSuggestionView toView(SlotSuggestion suggestion) {
        Slot slot = suggestion.slot();
        return new SlotSuggestionView(slot.clinician().id, slot.clinician().name, slot.visitType(), slot.startsAt(),
                slot.endsAt(), suggestion.bundling(), suggestion.sameDayAs().map(other -> other.ehrId).orElse(null),
                suggestion.minutesFromOtherAppointment().orElse(null));
    }
}
