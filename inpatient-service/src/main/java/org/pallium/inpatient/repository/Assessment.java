package org.pallium.inpatient.repository;

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

import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;

/** An ESAS-r, a PPS, or both, assessed at an encounter or on their own. */
@Entity
public class Assessment extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("assessedAt", "recordedAt");

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    /** The encounter it was assessed at; null for one recorded on its own. */
    public UUID encounterId;
    public Instant assessedAt;
    public Integer pain;
    public Integer tiredness;
    public Integer drowsiness;
    public Integer nausea;
    public Integer lackOfAppetite;
    public Integer shortnessOfBreath;
    public Integer depression;
    public Integer anxiety;
    public Integer wellbeing;
    public Integer other;
    public String otherProblem;
    @Enumerated(EnumType.STRING)
    public EsasCompletedBy completedBy;
    public Integer pps;
    public String recordedBy;
    public Instant recordedAt;

    public void setEsas(EsasR esas) {
        pain = esas.pain();
        tiredness = esas.tiredness();
        drowsiness = esas.drowsiness();
        nausea = esas.nausea();
        lackOfAppetite = esas.lackOfAppetite();
        shortnessOfBreath = esas.shortnessOfBreath();
        depression = esas.depression();
        anxiety = esas.anxiety();
        wellbeing = esas.wellbeing();
        other = esas.other();
        otherProblem = esas.otherProblem();
        completedBy = esas.completedBy();
    }

    public Optional<EsasR> esas() {
        return pain == null ? Optional.empty()
                : Optional.of(new EsasR(pain, tiredness, drowsiness, nausea, lackOfAppetite, shortnessOfBreath,
                        depression, anxiety, wellbeing, other, otherProblem, completedBy));
    }

    /** The patient's assessments, newest first. */
    public static List<Assessment> ofPatient(UUID patientId) {
        return list("patientId", NEWEST_FIRST, patientId);
    }

    /** The assessments of these patients, newest first: for the census, which flags a worsening. */
    public static List<Assessment> ofPatients(Collection<UUID> patientIds) {
        return patientIds.isEmpty() ? List.of() : list("patientId in ?1", NEWEST_FIRST, patientIds);
    }

    public static Optional<Assessment> ofEncounter(UUID encounterId) {
        return find("encounterId", encounterId).firstResultOptional();
    }
}
