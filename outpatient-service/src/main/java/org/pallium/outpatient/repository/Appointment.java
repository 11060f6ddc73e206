package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.platform.lifecycle.ReferralLifecycle;
import org.pallium.platform.persistence.Hql;
import org.pallium.platform.problem.ProblemException;

/**
 * A patient's appointment with one of the clinic's clinicians, under the patient's open referral.
 * Its end follows from its visit type's duration.
 *
 * <p>Each step returns true when it changed the appointment and false when the appointment had
 * taken it already, so that a retried request changes and publishes nothing; a step its status does
 * not allow throws a 409 problem naming the status.
 */
@Entity
public class Appointment extends PanacheEntityBase {

    private static final Sort BY_START = Sort.ascending("startsAt", "id");
    private static final String HOLDING_TIME = "status in " + Hql.literals(AppointmentStatus.HOLDING_TIME);

    @Id
    public UUID id;
    public UUID patientId;
    public UUID referralId;
    public String clinicianId;
    @Enumerated(EnumType.STRING)
    public VisitType visitType;
    public Instant startsAt;
    /** Exclusive: the next appointment may start then. */
    public Instant endsAt;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;
    public String bookedBy;
    public Instant bookedAt;
    /** The latest move. */
    public String rescheduledBy;
    public Instant rescheduledAt;
    public String checkedInBy;
    public Instant checkedInAt;
    public String completedBy;
    public Instant completedAt;
    public String cancelledBy;
    public Instant cancelledAt;
    /** The clinic's free text; may be clinical. */
    public String cancellationReason;
    public String missedRecordedBy;
    public Instant missedRecordedAt;

    /** Whether the appointment is BOOKED with this clinician at this start: moving it there again is a retry. */
    public boolean bookedAt(String clinician, Instant start) {
        return status == AppointmentStatus.BOOKED && clinicianId.equals(clinician) && startsAt.equals(start);
    }

    /** Moves a BOOKED appointment to another time, and perhaps to another clinician. */
    public boolean reschedule(String toClinician, Instant toStart, Instant toEnd, String by, Instant at) {
        if (bookedAt(toClinician, toStart)) {
            return false;
        }
        require(status == AppointmentStatus.BOOKED, "rescheduled");
        clinicianId = toClinician;
        startsAt = toStart;
        endsAt = toEnd;
        rescheduledBy = by;
        rescheduledAt = at;
        return true;
    }

    public boolean checkIn(String by, Instant at) {
        if (status == AppointmentStatus.CHECKED_IN) {
            return false;
        }
        require(status == AppointmentStatus.BOOKED, "checked in");
        status = AppointmentStatus.CHECKED_IN;
        checkedInBy = by;
        checkedInAt = at;
        return true;
    }

    /** The visit took place: after the patient checked in. */
    public boolean complete(String by, Instant at) {
        if (status == AppointmentStatus.COMPLETED) {
            return false;
        }
        require(status == AppointmentStatus.CHECKED_IN, "completed before the patient checked in");
        status = AppointmentStatus.COMPLETED;
        completedBy = by;
        completedAt = at;
        return true;
    }

    /** Cancels a booked appointment, or one whose patient checked in but is not seen after all; it frees its time. */
    public boolean cancel(String reason, String by, Instant at) {
        if (status == AppointmentStatus.CANCELLED) {
            return false;
        }
        require(status == AppointmentStatus.BOOKED || status == AppointmentStatus.CHECKED_IN, "cancelled");
        status = AppointmentStatus.CANCELLED;
        cancellationReason = reason;
        cancelledBy = by;
        cancelledAt = at;
        return true;
    }

    /** The patient did not come: a booked appointment they never checked in for. It frees its time. */
    public boolean miss(String by, Instant at) {
        if (status == AppointmentStatus.MISSED) {
            return false;
        }
        require(status == AppointmentStatus.BOOKED, "recorded as missed");
        status = AppointmentStatus.MISSED;
        missedRecordedBy = by;
        missedRecordedAt = at;
        return true;
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new ProblemException(409, "Appointment status conflict",
                    "The appointment is " + status + ": it cannot be " + step);
        }
    }

    /** The clinician's appointment, other than {@code except}, that holds time overlapping [from, to). */
    public static Optional<Appointment> ofClinicianHolding(String clinicianId, Instant from, Instant to, UUID except) {
        return find("clinicianId = ?1 and " + HOLDING_TIME + " and startsAt < ?3 and endsAt > ?2 and id <> ?4", BY_START,
                clinicianId, from, to, except).firstResultOptional();
    }

    /** The patient's appointment, other than {@code except}, that holds time overlapping [from, to). */
    public static Optional<Appointment> ofPatientHolding(UUID patientId, Instant from, Instant to, UUID except) {
        return find("patientId = ?1 and " + HOLDING_TIME + " and startsAt < ?3 and endsAt > ?2 and id <> ?4", BY_START,
                patientId, from, to, except).firstResultOptional();
    }

    /** The appointments of these clinicians that hold time overlapping [from, to). */
    public static List<Appointment> ofCliniciansHolding(Collection<String> clinicianIds, Instant from, Instant to) {
        return list("clinicianId in ?1 and " + HOLDING_TIME + " and startsAt < ?3 and endsAt > ?2", BY_START,
                clinicianIds, from, to);
    }

    /** The patient's appointments that hold time overlapping [from, to). */
    public static List<Appointment> ofPatientHolding(UUID patientId, Instant from, Instant to) {
        return list("patientId = ?1 and " + HOLDING_TIME + " and startsAt < ?3 and endsAt > ?2", BY_START,
                patientId, from, to);
    }

    /** All the patient's appointments, whatever their status, the soonest first. */
    public static List<Appointment> ofPatient(UUID patientId) {
        return list("patientId", BY_START, patientId);
    }

    /** The clinician's appointments starting in [from, to), whatever their status, the soonest first. */
    public static List<Appointment> ofClinician(String clinicianId, Instant from, Instant to) {
        return list("clinicianId = ?1 and startsAt >= ?2 and startsAt < ?3", BY_START, clinicianId, from, to);
    }

    /**
     * The clinician's appointments starting in [from, to) of the patients on the clinic's census (with
     * a referral that has not ended), whatever their status, the soonest first.
     */
    public static List<Appointment> ofClinicianOfPatientsOnCensus(String clinicianId, Instant from, Instant to) {
        return list("clinicianId = ?1 and startsAt >= ?2 and startsAt < ?3 and patientId in "
                + "(select r.patientId from ClinicReferral r where r.lifecycle.status in " + ReferralLifecycle.ON_CENSUS_HQL
                + ")", BY_START, clinicianId, from, to);
    }
}
