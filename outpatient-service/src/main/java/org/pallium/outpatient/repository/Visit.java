package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.Discipline;
import org.pallium.events.EsasR;

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
    @JdbcTypeCode(SqlTypes.JSON)
    public VisitFocus focus;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<VisitIntervention> interventions;
    public String plan;
    /** When the patient is to be seen again, after this visit: an ISO-8601 period such as P14D; null when not set. */
    public String followUpAfter;
    /** The ESAS-r assessed at the visit; null when none was. */
    @Embedded
    public EsasColumns esas;
    /** The PPS level assessed at the visit; null when none was. */
    public Integer pps;

    public Optional<EsasR> esas() {
        return Optional.ofNullable(esas).map(EsasColumns::toEsasR);
    }

    public static List<Visit> ofPatientNewestFirst(UUID patientId) {
        return list("patientId", Sort.descending("startedAt"), patientId);
    }

    /** The patient's visits at which an ESAS-r or a PPS was assessed, the most recent first. */
    public static List<Visit> assessedOfPatientNewestFirst(UUID patientId) {
        return list("patientId = ?1 and (esas.pain is not null or pps is not null)",
                Sort.descending("startedAt", "recordedAt"), patientId);
    }
}
