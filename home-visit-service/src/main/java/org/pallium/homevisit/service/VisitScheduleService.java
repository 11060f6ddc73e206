package org.pallium.homevisit.service;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.Discipline;
import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomePatient;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitPlan;
import org.pallium.homevisit.repository.VisitStatus;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The home programme's schedule: visit plans and the visits they generate a few weeks ahead, visits
 * arranged apart, each nurse's day in route order, and the reassignment of a nurse's visits while
 * they are off. Every visit scheduled is announced ({@code visit.scheduled}) and goes on the change
 * feed of whoever is to make it.
 */
@ApplicationScoped
public class VisitScheduleService {

    private final PatientAccess access;
    private final HomeRecordService records;
    private final HomePatientScope scope;
    private final Outbox outbox;
    private final ChangeFeed changeFeed;
    private final Clock clock;
    private final HomeProgrammeConfig config;

    VisitScheduleService(PatientAccess access, HomeRecordService records, HomePatientScope scope, Outbox outbox,
            ChangeFeed changeFeed, Clock clock, HomeProgrammeConfig config) {
        this.access = access;
        this.records = records;
        this.scope = scope;
        this.outbox = outbox;
        this.changeFeed = changeFeed;
        this.clock = clock;
        this.config = config;
    }

    /** A page of the patient's visit plans, the one starting first, first; none outside the caller's scope. */
    @Transactional
    public List<VisitPlan> plans(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? VisitPlan.ofPatient(patientId, page) : List.of();
    }

    /**
     * Makes a visit plan and schedules its visits up to the horizon. The same plan id again returns
     * the plan already made and schedules nothing more.
     *
     * @throws ProblemException 404/422 as for any record of the patient; 422 when nobody is named to
     *                          make the visits and the patient has no assigned nurse or social worker
     */
    @Transactional
    public Recorded<VisitPlan> makePlan(UUID patientId, VisitPlanRecording recording) {
        requireAssigner();
        records.requireInProgramme(patientId);
        Optional<VisitPlan> earlier = VisitPlan.<VisitPlan>findByIdOptional(recording.id())
                .map(plan -> HomeRecordService.ownedBy(plan.patientId, patientId, "Visit plan", recording.id(), plan));
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        if (recording.endsOn() != null && recording.endsOn().isBefore(recording.startsOn())) {
            throw new ProblemException(422, "Invalid visit plan", "endsOn is before startsOn");
        }
        VisitPlan plan = new VisitPlan();
        plan.id = recording.id();
        plan.patientId = patientId;
        plan.discipline = recording.discipline();
        plan.mode = recording.mode();
        plan.everyWeeks = recording.everyWeeks();
        plan.weekday = recording.weekday();
        plan.localStart = recording.localStart();
        plan.durationMinutes = recording.durationMinutes();
        plan.assignedTo = recording.assignedTo();
        plan.startsOn = recording.startsOn();
        plan.endsOn = recording.endsOn();
        plan.videoProvider = recording.videoProvider();
        plan.createdAt = clock.instant();
        plan.createdBy = access.caller().id();
        if (assigneeOf(plan).isEmpty()) {
            throw new ProblemException(422, "Nobody to visit",
                    "The plan names nobody, and the patient has no assigned " + (plan.discipline == Discipline.SOCIAL_WORKER
                            ? "social worker" : "nurse"));
        }
        plan.persist();
        List<HomeVisit> generated = generate(plan, plan.createdBy);
        changeFeed.changed(SyncKind.VISIT_PLAN, patientId, plan.id);
        generated.forEach(visit -> changeFeed.changed(SyncKind.VISIT, patientId, visit.id));
        return new Recorded<>(plan, true);
    }

    /**
     * Ends a plan after {@code lastDay}: its visits still scheduled after that day are cancelled, and
     * each cancellation is published.
     */
    @Transactional
    public Optional<VisitPlan> endPlan(UUID planId, LocalDate lastDay, Long editedVersion) {
        requireAssigner();
        Optional<VisitPlan> found = access.visible(VisitPlan.<VisitPlan>findByIdOptional(planId), plan -> plan.patientId);
        found.ifPresent(plan -> {
            EditConflict.check("Visit plan " + planId, plan.version, editedVersion);
            if (lastDay.isBefore(plan.startsOn)) {
                throw new ProblemException(422, "Invalid visit plan", "The last day is before the plan starts");
            }
            plan.endsOn = lastDay;
            List<HomeVisit> dropped = HomeVisit.list("planId = ?1 and plannedOn > ?2 and status = ?3", planId, lastDay,
                    VisitStatus.SCHEDULED);
            for (HomeVisit visit : dropped) {
                outbox.record(visit.cancel("Visit plan ended", access.caller().id(), clock.instant()));
            }
            changeFeed.changed(SyncKind.VISIT_PLAN, plan.patientId, plan.id);
            dropped.forEach(visit -> changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id));
        });
        return found;
    }

    /**
     * Schedules visits of every running plan up to the horizon, as days pass; run periodically.
     * Each plan is generated under its row lock, so that concurrent runs (several replicas, or a
     * plan being made) schedule each day's visit once.
     */
    @Transactional
    public int extendSchedules() {
        int scheduled = 0;
        for (VisitPlan plan : VisitPlan.runningOn(today())) {
            VisitPlan locked = VisitPlan.findById(plan.id, LockModeType.PESSIMISTIC_WRITE);
            List<HomeVisit> generated = generate(locked, "pallium-scheduler");
            generated.forEach(visit -> changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id));
            scheduled += generated.size();
        }
        return scheduled;
    }

    /**
     * Schedules a visit apart from the plans. The same id again returns the visit already scheduled.
     */
    @Transactional
    public Recorded<HomeVisit> schedule(VisitScheduling scheduling) {
        requireAssigner();
        records.requireInProgramme(scheduling.patientId());
        Optional<HomeVisit> earlier = HomeVisit.<HomeVisit>findByIdOptional(scheduling.id())
                .map(visit -> HomeRecordService.ownedBy(visit.patientId, scheduling.patientId(), "Visit",
                        scheduling.id(), visit));
        if (earlier.isPresent()) {
            return new Recorded<>(earlier.get(), false);
        }
        if (scheduling.mode() != VisitMode.VIDEO && (scheduling.videoJoinUrl() != null || scheduling.videoProvider() != null)) {
            throw new ProblemException(422, "Not a video visit", "A join link and video provider are for VIDEO visits only");
        }
        HomeAdmission admission = openAdmission(scheduling.patientId()).orElseThrow(() -> new ProblemException(422,
                "Patient not admitted", "Patient " + scheduling.patientId() + " has no accepted admission to visit under"));
        Instant now = clock.instant();
        HomeVisit visit = HomeVisit.scheduled(scheduling.id(), admission, scheduling.discipline(), scheduling.mode(),
                scheduling.assignedTo(), scheduling.scheduledStart(),
                scheduling.scheduledStart().plus(Duration.ofMinutes(scheduling.durationMinutes())), access.caller().id(), now);
        visit.videoProvider = scheduling.videoProvider();
        visit.videoJoinUrl = scheduling.videoJoinUrl();
        visit.persist();
        outbox.record(visit.announcement());
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return new Recorded<>(visit, true);
    }

    /**
     * A page of the caller's visits on a day of the programme's calendar, in route order: urgent
     * visits still ahead first (dispatched from the nurse line), then by the time each is to begin,
     * then as the coordinator placed visits at the same time. Cancelled visits are left out.
     */
    @Transactional
    public List<HomeVisit> route(LocalDate day, PageRequest page) {
        ZoneId zone = config.timeZone();
        return HomeVisit.routeOf(access.caller().id(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant(), page);
    }

    /**
     * Gives a nurse's visits still scheduled over some days to a colleague. The first nurse's app
     * drops them (and the patients no longer theirs); the colleague's receives them.
     */
    @Transactional
    public List<HomeVisit> reassign(Reassignment reassignment) {
        requireAssigner();
        if (reassignment.lastDay().isBefore(reassignment.firstDay())) {
            throw new ProblemException(422, "Invalid reassignment", "lastDay is before firstDay");
        }
        if (reassignment.from().equals(reassignment.to())) {
            throw new ProblemException(422, "Invalid reassignment", "from and to are the same person");
        }
        ZoneId zone = config.timeZone();
        List<HomeVisit> visits = HomeVisit.<HomeVisit>list("assignedTo = ?1 and status = ?2 and scheduledStart >= ?3 "
                        + "and scheduledStart < ?4", reassignment.from(), VisitStatus.SCHEDULED,
                reassignment.firstDay().atStartOfDay(zone).toInstant(),
                reassignment.lastDay().plusDays(1).atStartOfDay(zone).toInstant()).stream()
                .filter(visit -> access.covers(visit.patientId))
                .toList();
        Instant now = clock.instant();
        for (HomeVisit visit : visits) {
            visit.assignedTo = reassignment.to();
            visit.clinician = reassignment.to();
            visit.updatedAt = now;
        }
        for (HomeVisit visit : visits) {
            changeFeed.withdrawn(SyncKind.VISIT, visit.patientId, visit.id, reassignment.from());
            changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        }
        visits.stream().map(visit -> visit.patientId).distinct()
                .filter(patientId -> !HomeAdmission.onCaseload(reassignment.from(), patientId))
                .forEach(patientId -> changeFeed.withdrawn(SyncKind.PATIENT, patientId, patientId, reassignment.from()));
        return visits;
    }

    private void requireAssigner() {
        if (!scope.assigns(access.caller())) {
            throw new ProblemException(403, "Scheduling is the team's",
                    "Only the home team's clinicians and the coordinators plan, schedule and reassign visits");
        }
    }

    /**
     * Schedules the plan's visits from today (or its start) to the horizon that are not scheduled yet,
     * under the patient's open admission; none when the patient has none.
     */
    private List<HomeVisit> generate(VisitPlan plan, String scheduledBy) {
        Optional<HomeAdmission> admission = openAdmission(plan.patientId);
        Optional<String> assignee = assigneeOf(plan);
        if (admission.isEmpty() || assignee.isEmpty()) {
            return List.of();
        }
        LocalDate first = plan.startsOn.isAfter(today()) ? plan.startsOn : today();
        LocalDate last = today().plusDays(config.scheduleHorizonDays());
        if (plan.endsOn != null && plan.endsOn.isBefore(last)) {
            last = plan.endsOn;
        }
        LocalDate planWeek = plan.startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant now = clock.instant();
        List<HomeVisit> generated = new ArrayList<>();
        for (LocalDate day = first.with(TemporalAdjusters.nextOrSame(plan.weekday)); !day.isAfter(last);
                day = day.plusWeeks(1)) {
            boolean planWeekOfVisits = ChronoUnit.WEEKS.between(planWeek,
                    day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) % plan.everyWeeks == 0;
            if (!planWeekOfVisits || HomeVisit.plannedFor(plan.id, day)) {
                continue;
            }
            Instant start = day.atTime(plan.localStart).atZone(config.timeZone()).toInstant();
            HomeVisit visit = HomeVisit.scheduled(UUID.randomUUID(), admission.get(), plan.discipline, plan.mode,
                    assignee.get(), start, start.plus(Duration.ofMinutes(plan.durationMinutes)), scheduledBy, now);
            visit.planId = plan.id;
            visit.plannedOn = day;
            visit.videoProvider = plan.videoProvider;
            visit.persist();
            outbox.record(visit.announcement());
            generated.add(visit);
        }
        return generated;
    }

    private static Optional<String> assigneeOf(VisitPlan plan) {
        if (plan.assignedTo != null) {
            return Optional.of(plan.assignedTo);
        }
        return HomePatient.find(plan.patientId).map(patient -> plan.discipline == Discipline.SOCIAL_WORKER
                ? patient.assignedSocialWorker : patient.assignedNurse);
    }

    private static Optional<HomeAdmission> openAdmission(UUID patientId) {
        return HomeAdmission.lockOpenForVisits(patientId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.timeZone());
    }
}
