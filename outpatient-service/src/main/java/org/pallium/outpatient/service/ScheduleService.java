package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.Discipline;
import org.pallium.outpatient.config.ClinicConfig;
import org.pallium.outpatient.repository.Clinician;
import org.pallium.outpatient.repository.ScheduleException;
import org.pallium.outpatient.repository.VisitType;
import org.pallium.outpatient.repository.WorkingHours;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The clinic's schedule: its clinicians, their weekly templates and exceptions, and how long each
 * visit type lasts. It holds no patient data.
 */
@ApplicationScoped
public class ScheduleService {

    private final ClinicConfig config;
    private final Clock clock;
    private final PatientAccess access;

    ScheduleService(ClinicConfig config, Clock clock, PatientAccess access) {
        this.config = config;
        this.clock = clock;
        this.access = access;
    }

    public ZoneId zone() {
        return config.zone();
    }

    /**
     * The days from {@code from} to {@code to}, both included, for a search of the calendar.
     *
     * @throws ProblemException 400 when either is missing, {@code to} is before {@code from}, or the
     *                          range is longer than pallium.clinic.max-search-days
     */
    public DateRange range(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new ProblemException(400, "Invalid range", "from and to are required: the first and last day (yyyy-MM-dd)");
        }
        if (to.isBefore(from)) {
            throw new ProblemException(400, "Invalid range", "to (" + to + ") is before from (" + from + ")");
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > config.maxSearchDays()) {
            throw new ProblemException(400, "Invalid range", "The range covers " + days + " days; at most "
                    + config.maxSearchDays() + " are searched at once");
        }
        return new DateRange(from, to, from.atStartOfDay(config.zone()).toInstant(),
                to.plusDays(1).atStartOfDay(config.zone()).toInstant());
    }

    /** Every visit type with its duration, in the order of the enum. */
    public Map<VisitType, Duration> visitDurations() {
        Map<VisitType, Duration> durations = new LinkedHashMap<>();
        for (VisitType visitType : VisitType.values()) {
            durations.put(visitType, config.duration(visitType));
        }
        return durations;
    }

    /** Adds the clinician, or renames them or changes their discipline; their template stays as it was. */
    @Transactional
    public ClinicianSchedule saveClinician(String clinicianId, String name, Discipline discipline) {
        Clinician clinician = Clinician.<Clinician>findByIdOptional(clinicianId, LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(() -> {
                    Clinician added = new Clinician();
                    added.id = clinicianId;
                    return added;
                });
        clinician.name = name;
        clinician.discipline = discipline;
        clinician.updatedAt = clock.instant();
        clinician.persist();
        return new ClinicianSchedule(clinician, WorkingHours.of(clinicianId));
    }

    /** The clinicians by name, each with their template. */
    @Transactional
    public List<ClinicianSchedule> clinicians() {
        List<Clinician> clinicians = Clinician.byName();
        Map<String, List<WorkingHours>> templates = WorkingHours.ofClinicians(clinicians.stream().map(c -> c.id).toList());
        return clinicians.stream()
                .map(clinician -> new ClinicianSchedule(clinician, templates.getOrDefault(clinician.id, List.of())))
                .toList();
    }

    @Transactional
    public Optional<ClinicianSchedule> clinician(String clinicianId) {
        return Clinician.<Clinician>findByIdOptional(clinicianId)
                .map(clinician -> new ClinicianSchedule(clinician, WorkingHours.of(clinicianId)));
    }

    /**
     * Replaces the clinician's weekly template, so that the same template sent again leaves the same
     * one. Appointments booked already stay where they are.
     *
     * @throws ProblemException 404 for an unknown clinician; 422 for a block that ends before it
     *                          starts, or two blocks of a day that overlap (blocks that touch join)
     */
    @Transactional
    public ClinicianSchedule setWeeklyTemplate(String clinicianId, List<WeeklyHours> template) {
        Clinician clinician = Clinician.<Clinician>findByIdOptional(clinicianId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ClinicProblems.unknownClinician(404, clinicianId));
        List<WeeklyHours> inOrder = template.stream()
                .sorted(Comparator.comparing(WeeklyHours::dayOfWeek).thenComparing(WeeklyHours::startsAt)).toList();
        WeeklyHours previous = null;
        for (WeeklyHours block : inOrder) {
            if (!block.endsAt().isAfter(block.startsAt())) {
                throw new ProblemException(422, "Invalid weekly template", "The block " + describe(block)
                        + " does not end after it starts");
            }
            if (previous != null && previous.dayOfWeek() == block.dayOfWeek() && block.startsAt().isBefore(previous.endsAt())) {
                throw new ProblemException(422, "Invalid weekly template", "The blocks " + describe(previous) + " and "
                        + describe(block) + " overlap");
            }
            previous = block;
        }
        List<WorkingHours> hours = new ArrayList<>();
        for (WeeklyHours block : inOrder) {
            WorkingHours entry = new WorkingHours();
            entry.clinicianId = clinicianId;
            entry.dayOfWeek = block.dayOfWeek();
            entry.startsAt = block.startsAt();
            entry.endsAt = block.endsAt();
            hours.add(entry);
        }
        WorkingHours.replaceTemplateOf(clinicianId, hours);
        clinician.updatedAt = clock.instant();
        return new ClinicianSchedule(clinician, hours);
    }

    /**
     * Records an exception: the clinician's, or without one the clinic's. The same id again returns
     * the first record. Appointments booked already in its period stay: the clinic moves or cancels
     * them itself.
     *
     * @throws ProblemException 422 for an unknown clinician or a period that does not end after it starts
     */
    @Transactional
    public Recorded<ScheduleException> recordException(ExceptionRecording recording) {
        Optional<ScheduleException> earlier = ScheduleException.findByIdOptional(recording.exceptionId());
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        if (!recording.endsAt().isAfter(recording.startsAt())) {
            throw new ProblemException(422, "Invalid period", "endsAt must be after startsAt");
        }
        recording.clinicianId().filter(clinician -> Clinician.findByIdOptional(clinician).isEmpty())
                .ifPresent(unknown -> {
                    throw ClinicProblems.unknownClinician(422, unknown);
                });
        ScheduleException exception = new ScheduleException();
        exception.id = recording.exceptionId();
        exception.clinicianId = recording.clinicianId().orElse(null);
        exception.kind = recording.kind();
        exception.startsAt = recording.startsAt().truncatedTo(ChronoUnit.MICROS);
        exception.endsAt = recording.endsAt().truncatedTo(ChronoUnit.MICROS);
        exception.note = recording.note();
        exception.recordedBy = access.caller().id();
        exception.recordedAt = clock.instant();
        exception.persist();
        return new Recorded<>(exception, true);
    }

    /** The exceptions that have not ended yet, the soonest first: all, or a clinician's with the clinic's. */
    @Transactional
    public List<ScheduleException> currentExceptions(Optional<String> clinicianId) {
        return ScheduleException.notEndedBy(clock.instant(), clinicianId);
    }

    @Transactional
    public Optional<ScheduleException> exception(UUID exceptionId) {
        return ScheduleException.findByIdOptional(exceptionId);
    }

    /** Withdraws an exception; one that is not there (withdrawn before) changes nothing. */
    @Transactional
    public void withdrawException(UUID exceptionId) {
        ScheduleException.deleteById(exceptionId);
    }

    /**
     * When each clinician sees patients over [from, to): their templates, less their exceptions and
     * the clinic's. In the caller's transaction.
     */
    public Map<String, Availability> availability(Collection<String> clinicianIds, Instant from, Instant to) {
        Map<String, List<WorkingHours>> templates = WorkingHours.ofClinicians(clinicianIds);
        List<ScheduleException> exceptions = ScheduleException.affecting(clinicianIds, from, to);
        return clinicianIds.stream().distinct().collect(Collectors.toMap(Function.identity(),
                clinician -> new Availability(clinician, config.zone(), templates.getOrDefault(clinician, List.of()),
                        exceptions.stream().filter(e -> e.clinicWide() || e.clinicianId.equals(clinician)).toList())));
    }

    private static String describe(WeeklyHours block) {
        return block.dayOfWeek() + " " + block.startsAt() + "-" + block.endsAt();
    }
}
