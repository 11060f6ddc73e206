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
 * Support the team gave the patient's family: to a caregiver, to a sibling of a child patient, to
 * the bereaved. {@code familyContactId} is null when it was for the family as a whole.
 */
@Entity
public class FamilySupport extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public UUID familyContactId;
    @Enumerated(EnumType.STRING)
    public SupportFocus focus;
    @Enumerated(EnumType.STRING)
    public ContactMode mode;
    public Instant occurredAt;
    public int durationMinutes;
    public String providedBy;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public String notes;
    public Instant recordedAt;
    public String recordedBy;

    /** The support given to the patient's family, the most recent first. */
    public static List<FamilySupport> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("occurredAt").and("id"), patientId);
    }
}
