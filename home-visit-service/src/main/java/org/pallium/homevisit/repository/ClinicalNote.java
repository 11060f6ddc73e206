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
import jakarta.persistence.Version;

import org.pallium.events.Discipline;

/** A note the team wrote, about a visit ({@code visitId}) or about the patient between visits. The text is PHI. */
@Entity
public class ClinicalNote extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID visitId;
    public Instant writtenAt;
    public String author;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public String text;
    public Instant recordedAt;
    @Version
    public long version;

    /** The patient's notes, the most recent first. */
    public static List<ClinicalNote> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("writtenAt").and("id"), patientId);
    }
}
