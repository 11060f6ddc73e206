package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.Discipline;

/** A bedside encounter of the consult team (FHIR Encounter class IMP). */
@Entity
public class Encounter extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public EncounterKind kind;
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
    public List<Discipline> disciplinesPresent;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<EncounterParticipant> participants;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Intervention> interventions;

    public static List<Encounter> ofConsult(UUID consultId) {
        return list("consultId", Sort.ascending("startedAt"), consultId);
    }

    /** The consult's initial consult encounter, if the team has recorded it. */
    public static Optional<Encounter> initialOf(UUID consultId) {
        return find("consultId = ?1 and kind = ?2", consultId, EncounterKind.INITIAL_CONSULT).firstResultOptional();
    }
}
