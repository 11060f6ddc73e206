package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.Discipline;

/**
 * A visit at the patient's home (FHIR Encounter class HH). {@code startedAt} is when it took place;
 * {@code recordedAt} is when the app uploaded it, which for a visit documented offline is later.
 */
@Entity
public class HomeVisit extends PanacheEntityBase {

    private static final Sort MOST_RECENT_FIRST = Sort.descending("startedAt");

    @Id
    public UUID id;
    public UUID admissionId;
    public UUID patientId;
    public String clinician;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public Instant startedAt;
    public Instant endedAt;
    public String notes;
    public Instant recordedAt;
    /**
     * Who recorded it, as their bearer token names them; {@link #clinician} is whom the request
     * names. A home nurse sees the visits they recorded.
     */
    public String recordedBy;

    /** The patient's visits, the most recent first. */
    public static List<HomeVisit> ofPatient(UUID patientId) {
        return list("patientId", MOST_RECENT_FIRST, patientId);
    }

    /** The patient's visits that {@code recorder} recorded, the most recent first. */
    public static List<HomeVisit> ofPatientRecordedBy(UUID patientId, String recorder) {
        return list("patientId = ?1 and recordedBy = ?2", MOST_RECENT_FIRST, patientId, recorder);
    }
}
