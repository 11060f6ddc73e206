package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.outpatient.config.ClinicConfig;
import org.pallium.outpatient.repository.Appointment;
import org.pallium.outpatient.repository.CampusAppointment;
import org.pallium.outpatient.repository.Clinician;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.platform.security.PatientAccess;

/**
 * Finds the clinic's free slots, and suggests to a patient those that fit around their other
 * appointments on campus. A slot is free when the clinician's hours hold it, no exception covers
 * it, it has not started, and no appointment of the clinician holds any of its time; slots start
 * on a grid (pallium.clinic.slot-grid) counted from the start of each block of hours.
 */
@ApplicationScoped
public class SlotService {

    private static final Comparator<Slot> BY_TIME = Comparator.comparing(Slot::startsAt)
            .thenComparing(slot -> slot.clinician().name).thenComparing(slot -> slot.clinician().id);

    private final ClinicConfig config;
    private final Clock clock;
    private final PatientAccess access;
    private final ScheduleService schedule;

    SlotService(ClinicConfig config, Clock clock, PatientAccess access, ScheduleService schedule) {
        this.config = config;
        this.clock = clock;
        this.access = access;
        this.schedule = schedule;
    }

    /**
     * The free slots of the visit type in the range, the soonest first: of these clinicians, or of
     * every one of the clinic's when none is named.
     *
     * @throws org.pallium.platform.problem.ProblemException 422 naming a clinician the clinic does not have
     */
    @Transactional
    public List<Slot> free(List<String> clinicianIds, VisitType visitType, DateRange range) {
        List<Clinician> clinicians = clinicianIds.isEmpty() ? Clinician.byName() : Clinician.withIdsByName(clinicianIds);
        clinicianIds.stream().filter(id -> clinicians.stream().noneMatch(clinician -> clinician.id.equals(id)))
                .findFirst().ifPresent(unknown -> {
                    throw ClinicProblems.unknownClinician(422, unknown);
                });
        if (clinicians.isEmpty()) {
            return List.of();
        }
        List<String> ids = clinicians.stream().map(clinician -> clinician.id).toList();
        Duration length = config.duration(visitType);
        Map<String, Availability> availability = schedule.availability(ids, range.start(), range.end());
        Map<String, List<Appointment>> booked = Appointment.ofCliniciansHolding(ids, range.start(), range.end()).stream()
                .collect(Collectors.groupingBy(appointment -> appointment.clinicianId));
        Instant now = clock.instant();
        return clinicians.stream().flatMap(clinician -> availability.get(clinician.id)
                        .starts(range.from(), range.to(), length, config.slotGrid(), now).stream()
                        .map(start -> new Slot(clinician, visitType, start, start.plus(length)))
                        .filter(slot -> booked.getOrDefault(clinician.id, List.of()).stream()
                                .noneMatch(appointment -> overlaps(slot, appointment.startsAt, appointment.endsAt))))
                .sorted(BY_TIME)
                .toList();
    }

    /**
     * The free slots that never overlap the patient's other appointments, on campus or in the clinic,
     * the best first: those on the day of one of the patient's campus appointments, and among them
     * those within the bundling gap of one (the closest first), before those further from it, before
     * those on other days; the soonest first within each. Empty when the patient is not the caller's
     * to see.
     */
    @Transactional
    public Optional<List<SlotSuggestion>> suggest(UUID patientId, List<String> clinicianIds, VisitType visitType,
            DateRange range, int limit) {
        if (!access.permits(patientId)) {
            return Optional.empty();
        }
        List<CampusAppointment> campus = CampusAppointment.ofPatientOverlapping(patientId, range.start(), range.end());
        List<Appointment> clinic = Appointment.ofPatientHolding(patientId, range.start(), range.end());
        ZoneId zone = config.zone();
        Map<LocalDate, List<CampusAppointment>> campusByDay = campus.stream()
                .collect(Collectors.groupingBy(appointment -> appointment.startsAt.atZone(zone).toLocalDate()));
        return Optional.of(free(clinicianIds, visitType, range).stream()
                .filter(slot -> campus.stream().noneMatch(other -> overlaps(slot, other.startsAt, other.endsAt)))
                .filter(slot -> clinic.stream().noneMatch(other -> overlaps(slot, other.startsAt, other.endsAt)))
                .map(slot -> suggestion(slot, campusByDay.getOrDefault(slot.startsAt().atZone(zone).toLocalDate(), List.of())))
                .sorted(Comparator.comparing(SlotSuggestion::bundling)
                        .thenComparing(suggestion -> suggestion.minutesFromOtherAppointment().orElse(0L))
                        .thenComparing(SlotSuggestion::slot, BY_TIME))
                .limit(limit)
                .toList());
    }

    private SlotSuggestion suggestion(Slot slot, List<CampusAppointment> sameDay) {
        return sameDay.stream()
                .min(Comparator.comparing((CampusAppointment other) -> minutesBetween(slot, other))
                        .thenComparing(other -> other.startsAt))
                .map(nearest -> {
                    long minutes = minutesBetween(slot, nearest);
                    Bundling bundling = Duration.ofMinutes(minutes).compareTo(config.bundlingGap()) <= 0
                            ? Bundling.ADJACENT : Bundling.SAME_DAY;
                    return new SlotSuggestion(slot, bundling, Optional.of(nearest), Optional.of(minutes));
                })
                .orElseGet(() -> new SlotSuggestion(slot, Bundling.OTHER_DAY, Optional.empty(), Optional.empty()));
    }

    /** The whole minutes between a slot and an appointment it does not overlap: from the end of one to the start of the other. */
    private static long minutesBetween(Slot slot, CampusAppointment other) {
        Duration gap = other.startsAt.isBefore(slot.startsAt())
                ? Duration.between(other.endsAt, slot.startsAt())
                : Duration.between(slot.endsAt(), other.startsAt);
        return gap.toMinutes();
    }

    private static boolean overlaps(Slot slot, Instant start, Instant end) {
        return slot.startsAt().isBefore(end) && slot.endsAt().isAfter(start);
    }
}
