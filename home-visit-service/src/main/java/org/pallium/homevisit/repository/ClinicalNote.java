package org.pallium.homevisit.repository;

import java.time.Instant;
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

/** A note the team wrote, about a visit ({@code visitId}) or about the patient between visits. The text is PHI. */
@Entity
public class ClinicalNote extends PanacheEntityBase {

    /** The order of a patient's notes: the most recently written first. */
    public static final Keyset<ClinicalNote> MOST_RECENT_FIRST = Keyset.of("n.id", note -> note.id,
            Keyset.descending("n.writtenAt", Instant.class, note -> note.writtenAt));

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

    /** A page of the patient's notes, the most recent first. */
    public static List<ClinicalNote> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from ClinicalNote n", "n.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
