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

/**
 * Something the team watches for a patient until it is resolved: a wound, a caregiver at breaking
 * point, a medication running out. The description is PHI.
 */
@Entity
public class PatientConcern extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public ConcernCategory category;
    public String description;
    public Instant raisedAt;
    public String raisedBy;
    public Instant resolvedAt;
    public String resolvedBy;
    @Version
    public long version;

    /** The patient's concerns not resolved yet, the oldest first. */
    public static List<PatientConcern> openOf(UUID patientId) {
        return list("patientId = ?1 and resolvedAt is null", Sort.by("raisedAt").and("id"), patientId);
    }
}
