package org.pallium.homevisit.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.MissedVisitReason;
import org.pallium.events.VisitCompleted;
import org.pallium.events.VisitMissed;
import org.pallium.events.VisitCancelled;
import org.pallium.events.VisitScheduled;
import org.pallium.events.VisitStarted;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.persistence.Hql;

/**
 * A visit to the patient, at home (FHIR Encounter class HH) or by video (VR), from when it is
 * scheduled to when it is completed, missed or cancelled. {@code startedAt} is when it took place;
 * {@code recordedAt} is when the app uploaded it, which for a visit documented offline is later. A
 * visit uploaded as already documented is completed from the start.
 */
@Entity
public class HomeVisit extends PanacheEntityBase {

    /** The most recent first: by when a visit {@code v} took place, or is to. */
    public static final Keyset<HomeVisit> MOST_RECENT_FIRST = Keyset.of("v.id", visit -> visit.id,
            Keyset.descending("coalesce(v.startedAt, v.scheduledStart)", Instant.class,
                    visit -> visit.startedAt != null ? visit.startedAt : visit.scheduledStart));
    /**
     * Route order: urgent visits still ahead first (dispatched from the nurse line), then by the time
     * each is to begin, then as the coordinator placed visits at the same time.
     */
    public static final Keyset<HomeVisit> ROUTE_ORDER = Keyset.of("v.id", visit -> visit.id,
            Keyset.ascending("case when v.urgent = true and v.status in " + Hql.literals(VisitStatus.OPEN)
                    + " then 0 else 1 end", Integer.class,
                    visit -> visit.urgent && visit.status.isOpen() ? 0 : 1),
            Keyset.ascending("v.scheduledStart", Instant.class, visit -> visit.scheduledStart),
            Keyset.ascending("coalesce(v.routePosition, " + Integer.MAX_VALUE + ")", Integer.class,
                    visit -> visit.routePosition != null ? visit.routePosition : Integer.MAX_VALUE));
    /** The statuses of a visit begun and not abandoned (IN_PROGRESS, COMPLETED), as an HQL list. */
    private static final String BEGUN_AND_NOT_ABANDONED = Hql.literals(List.of(VisitStatus.IN_PROGRESS, VisitStatus.COMPLETED));
    /** A visit {@code v} the nurse recorded or is to make. */
    private static final String THE_NURSES = "(v.recordedBy = :nurse or v.assignedTo = :nurse)";

    @Id
    public UUID id;
    public UUID admissionId;
    public UUID patientId;
    /** Who led the visit, or is to: for a scheduled visit, whom it is assigned to. */
    public String clinician;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    @Enumerated(EnumType.STRING)
    public VisitStatus status;
    @Enumerated(EnumType.STRING)
    public VisitMode mode;
    public Instant startedAt;
    public Instant endedAt;
    public String notes;
    /** What the visit left to do next: the doorstep view shows the last visit's. */
    @Column(name = "visit_plan_text")
    public String plan;
    public Instant recordedAt;
    /**
     * Who recorded it, as their bearer token names them; {@link #clinician} is whom the request
     * names. A home nurse sees the visits they recorded and those assigned to them.
     */
    public String recordedBy;
    /** The visit plan that generated it, and the day it was planned for; null for a visit arranged apart. */
    public UUID planId;
    public LocalDate plannedOn;
    public Instant scheduledStart;
    public Instant scheduledEnd;
    /** The Pallium user id of the clinician who is to make the visit. */
    public String assignedTo;
    /** Where the visit comes in its clinician's day among visits at the same time; null: by time alone. */
    public Integer routePosition;
    /** Dispatched from the nurse line, outside the plan: first on the route. */
    public boolean urgent;
    public UUID callId;
    public String videoProvider;
    public String videoJoinUrl;
    public String missedReason;
    public String cancellationReason;
    /** The EVV service type, from the clinician's discipline and the programme's configuration. */
    public String evvServiceType;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "at", column = @Column(name = "check_in_at")),
            @AttributeOverride(name = "latitude", column = @Column(name = "check_in_latitude")),
            @AttributeOverride(name = "longitude", column = @Column(name = "check_in_longitude")),
            @AttributeOverride(name = "accuracyM", column = @Column(name = "check_in_accuracy_m")),
            @AttributeOverride(name = "distanceM", column = @Column(name = "check_in_distance_m"))})
    public EvvPosition checkIn;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "at", column = @Column(name = "check_out_at")),
            @AttributeOverride(name = "latitude", column = @Column(name = "check_out_latitude")),
            @AttributeOverride(name = "longitude", column = @Column(name = "check_out_longitude")),
            @AttributeOverride(name = "accuracyM", column = @Column(name = "check_out_accuracy_m")),
            @AttributeOverride(name = "distanceM", column = @Column(name = "check_out_distance_m"))})
    public EvvPosition checkOut;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EvvFlag> evvExceptions = new ArrayList<>();
    @Version
    public long version;
    public Instant updatedAt;

    /**
     * A visit put on {@code assignedTo}'s schedule, under the patient's open admission; the caller
     * persists it and publishes {@link #announcement}.
     */
    public static HomeVisit scheduled(UUID visitId, HomeAdmission admission, Discipline discipline, VisitMode mode,
            String assignedTo, Instant start, Instant end, String scheduledBy, Instant now) {
        HomeVisit visit = new HomeVisit();
        visit.id = visitId;
        visit.admissionId = admission.id;
        visit.patientId = admission.patientId;
        visit.status = VisitStatus.SCHEDULED;
        visit.mode = mode;
        visit.discipline = discipline;
        visit.clinician = assignedTo;
        visit.assignedTo = assignedTo;
        visit.scheduledStart = start;
        visit.scheduledEnd = end;
        visit.recordedAt = now;
        visit.recordedBy = scheduledBy;
        visit.updatedAt = now;
        return visit;
    }

    /** The event that tells the other settings and analytics the visit was scheduled. */
    public VisitScheduled announcement() {
        return new VisitScheduled(id, patientId, CareSetting.HOME, mode.encounterClass(), discipline, assignedTo,
                scheduledStart, scheduledEnd, urgent, recordedBy, recordedAt);
    }

    /** The event that tells the other settings and analytics the visit began, at its check-in. */
    public VisitStarted start() {
        return new VisitStarted(id, patientId, CareSetting.HOME, mode.encounterClass(), clinician, discipline, startedAt);
    }

    /**
     * The event that tells the other settings and analytics the visit took place, with the symptoms
     * last assessed at it, if any were.
     */
    public VisitCompleted completion() {
        Optional<HomeAssessment> assessed = HomeAssessment.latestAtVisit(id);
        return new VisitCompleted(id, patientId, CareSetting.HOME, mode.encounterClass(), clinician, discipline, startedAt,
                endedAt, assessed.map(assessment -> assessment.esas).orElse(null),
                assessed.map(assessment -> assessment.pps).orElse(null));
    }

    /** The event that tells the other settings and analytics the visit did not take place. */
    public VisitMissed miss(MissedVisitReason reason, String by, Instant at) {
        return new VisitMissed(id, patientId, CareSetting.HOME, mode.encounterClass(), discipline, assignedTo,
                scheduledStart, reason, by, at);
    }

    /**
     * Takes the scheduled visit off the schedule, and returns the event that tells the other settings
     * and analytics it will not take place; the reason, the team's free text, stays here.
     */
    public VisitCancelled cancel(String reason, String by, Instant at) {
        status = VisitStatus.CANCELLED;
        cancellationReason = reason;
        updatedAt = at;
        return new VisitCancelled(id, patientId, CareSetting.HOME, mode.encounterClass(), discipline, assignedTo,
                scheduledStart, by, at);
    }

    public static Optional<HomeVisit> lock(UUID visitId) {
        return findByIdOptional(visitId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The admission the visit belongs to, read without loading the visit, so that it can be locked first. */
    public static Optional<UUID> admissionOf(UUID visitId) {
        return getEntityManager().createQuery("select v.admissionId from HomeVisit v where v.id = :visit", UUID.class)
                .setParameter("visit", visitId).getResultStream().findFirst();
    }

    /** Whether the plan has a visit on {@code day}: its schedule made one, or a coordinator moved one there. */
    public static boolean plannedFor(UUID planId, LocalDate day) {
        return Hql.exists(getEntityManager(), "from HomeVisit where planId = ?1 and plannedOn = ?2", planId, day);
    }

    /**
     * The in-person visits begun in {@code [from, to)} and not abandoned (IN_PROGRESS or COMPLETED)
     * of the patients whom {@code agency}'s staff visit: those its EVV export reports, the earliest first.
     */
    public static List<HomeVisit> inPersonOfAgency(String agency, Instant from, Instant to) {
        return list("from HomeVisit v where v.mode = :mode and v.status in " + BEGUN_AND_NOT_ABANDONED
                        + " and v.startedAt >= :from "
                        + "and v.startedAt < :to and v.patientId in (select p.patientId from HomePatient p where p.agency = :agency) "
                        + "order by v.startedAt, v.id",
                Parameters.with("mode", VisitMode.IN_PERSON).and("from", from).and("to", to).and("agency", agency));
    }

    /** A page of the patient's visits, the most recent first. */
    public static List<HomeVisit> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from HomeVisit v", "v.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** A page of the patient's visits that the nurse recorded or is to make, the most recent first. */
    public static List<HomeVisit> ofPatientForNurse(UUID patientId, String nurse, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from HomeVisit v", "v.patientId = :patient and " + THE_NURSES,
                Map.of("patient", patientId, "nurse", nurse), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /**
     * A page of the nurse's route from {@code from} until {@code to}: the visits assigned to them that
     * are to begin then and were not cancelled, in route order.
     */
    public static List<HomeVisit> routeOf(String nurse, Instant from, Instant to, PageRequest page) {
        Keyset.Query query = ROUTE_ORDER.page("from HomeVisit v",
                "v.assignedTo = :nurse and v.scheduledStart >= :from and v.scheduledStart < :to and v.status <> :cancelled",
                Map.of("nurse", nurse, "from", from, "to", to, "cancelled", VisitStatus.CANCELLED),
                page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** Whether the visit is the nurse's: they recorded it, or it is assigned to them. */
    public boolean isOf(String nurse) {
        return nurse.equals(recordedBy) || nurse.equals(assignedTo);
    }

    /** The patient's last completed visit, by when it took place. */
    public static Optional<HomeVisit> lastCompleted(UUID patientId) {
        return find("patientId = ?1 and status = ?2", Sort.descending("startedAt").and("id"), patientId,
                VisitStatus.COMPLETED).firstResultOptional();
    }
}
