package org.pallium.outpatient.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * One of the patient's other appointments on the clinic's campus (oncology, infusion, imaging), as
 * the EHR sent it, under the EHR's own id. The clinic books around them and next to them.
 */
@Entity
@IdClass(CampusAppointment.Key.class)
public class CampusAppointment extends PanacheEntityBase {

    private static final Sort BY_START = Sort.ascending("startsAt", "ehrId");

    @Id
    public UUID patientId;
    /** The EHR's id of the appointment. */
    @Id
    public String ehrId;
    public Instant startsAt;
    /** Exclusive. */
    public Instant endsAt;
    /** What it is, in the EHR's words, such as "Chemotherapy infusion". */
    public String description;
    public String location;
    /** Who sent it, as their bearer token names them: the EHR system, or a user who keyed it in. */
    public String receivedFrom;
    public Instant receivedAt;

    /** A campus appointment's key: the EHR's id, within the patient's list. */
    public static class Key implements Serializable {

        public UUID patientId;
        public String ehrId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(patientId, key.patientId) && Objects.equals(ehrId, key.ehrId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, ehrId);
        }
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && endsAt.isAfter(from);
    }

    public static List<CampusAppointment> ofPatient(UUID patientId) {
        return list("patientId", BY_START, patientId);
    }

    /** The patient's campus appointments that overlap [from, to). */
    public static List<CampusAppointment> ofPatientOverlapping(UUID patientId, Instant from, Instant to) {
        return list("patientId = ?1 and startsAt < ?3 and endsAt > ?2", BY_START, patientId, from, to);
    }

    /** Replaces the patient's whole list, so that the EHR sending the same list again leaves the same list. */
    public static void replaceAllOf(UUID patientId, List<CampusAppointment> appointments) {
        delete("patientId", patientId);
        appointments.forEach(appointment -> appointment.persist());
    }
}
