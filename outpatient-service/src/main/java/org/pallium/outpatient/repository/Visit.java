package org.pallium.outpatient.repository;

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

/** A visit at the clinic (FHIR Encounter class AMB) or by video (VR), under an accepted referral. */
@Entity
public class Visit extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID referralId;
    @Enumerated(EnumType.STRING)
    public VisitType visitType;
    public String clinician;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public Instant startedAt;
    public Instant endedAt;
    public String notes;
    public Instant recordedAt;
    /** Who recorded it, as their bearer token names them; {@link #clinician} is whom the request names. */
    public String recordedBy;

    public static List<Visit> ofPatientNewestFirst(UUID patientId) {
        return list("patientId", Sort.descending("startedAt"), patientId);
    }
}
