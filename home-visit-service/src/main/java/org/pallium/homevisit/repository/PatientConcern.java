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

import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * Something the team watches for a patient until it is resolved: a wound, a caregiver at breaking
 * point, a medication running out. The description is PHI.
 */
@Entity
public class PatientConcern extends PanacheEntityBase {

    /** The order of a patient's concerns: the oldest raised first. */
    public static final Keyset<PatientConcern> OLDEST_FIRST = Keyset.of("c.id", concern -> concern.id,
            Keyset.ascending("c.raisedAt", Instant.class, concern -> concern.raisedAt));

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
        return list("from PatientConcern c where c.patientId = ?1 and c.resolvedAt is null" + OLDEST_FIRST.orderBy(),
                patientId);
    }

    /** A page of the patient's open concerns, the oldest first. */
    public static List<PatientConcern> openOf(UUID patientId, PageRequest page) {
        Keyset.Query query = OLDEST_FIRST.page("from PatientConcern c",
                "c.patientId = :patient and c.resolvedAt is null", Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
