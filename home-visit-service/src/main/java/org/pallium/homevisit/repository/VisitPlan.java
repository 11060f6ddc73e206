package org.pallium.homevisit.repository;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.pallium.events.Discipline;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * A recurring visit, such as nursing every week on Tuesday at 10:00 or social work every other week,
 * from which the schedule is generated. The weeks count from {@code startsOn}'s week; the times are
 * the programme's local times. {@code assignedTo} null: the patient's assigned nurse or social worker.
 */
@Entity
public class VisitPlan extends PanacheEntityBase {

    /** The order of a patient's plans: the one starting first, first. */
    public static final Keyset<VisitPlan> FIRST_STARTING_FIRST = Keyset.of("p.id", plan -> plan.id,
            Keyset.ascending("p.startsOn", LocalDate.class, plan -> plan.startsOn));

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    @Enumerated(EnumType.STRING)
    public VisitMode mode;
    public int everyWeeks;
    @Enumerated(EnumType.STRING)
    public DayOfWeek weekday;
    public LocalTime localStart;
    public int durationMinutes;
    public String assignedTo;
    public LocalDate startsOn;
    public LocalDate endsOn;
    public String videoProvider;
    public Instant createdAt;
    public String createdBy;
    @Version
    public long version;

    /** A page of the patient's plans, the one starting first, first. */
    public static List<VisitPlan> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = FIRST_STARTING_FIRST.page("from VisitPlan p", "p.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }

    /** The plans that may still generate visits on or after {@code day}. */
    public static List<VisitPlan> runningOn(LocalDate day) {
        return list("endsOn is null or endsOn >= ?1", day);
    }
}
