package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.CareSetting;

/**
 * A clinic appointment, or a visit the home programme scheduled, as it stands in the summary's read
 * model, for the patient's next appointment.
 */
@Entity
public class SummaryAppointment extends PanacheEntityBase {

    /** The clinic's appointment id, or the home programme's visit id. */
    @Id
    public UUID appointmentId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    @Enumerated(EnumType.STRING)
    public AppointmentStatus status;
    /** The clinician's Pallium user id; null when only its cancellation or no-show has arrived. */
    public String clinician;
    /** The clinic's visit type, such as SYMPTOM_FOCUSED; null until its booking has arrived, and for a home visit. */
    public String visitType;
    public Instant startsAt;
    /** Null when only its cancellation or no-show has arrived. */
    public Instant endsAt;
    /** The clinical time of the change that made it what it is: a change older than this changes nothing. */
    public Instant changedAt;
    public String sourceUrl;

    /** The patient's earliest booked appointment or scheduled visit that starts after {@code now}. */
    public static Optional<SummaryAppointment> nextBooked(UUID patientId, Instant now) {
        return find("patientId = ?1 and status = ?2 and startsAt > ?3", Sort.ascending("startsAt", "appointmentId"),
                patientId, AppointmentStatus.BOOKED, now).firstResultOptional();
    }
}
