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

import org.pallium.events.Discipline;
import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;

/**
 * Support the team gave the patient's family: to a caregiver, to a sibling of a child patient, to
 * the bereaved. {@code familyContactId} is null when it was for the family as a whole.
 */
@Entity
public class FamilySupport extends PanacheEntityBase {

    /** The order of the support the family received: the most recent first. */
    public static final Keyset<FamilySupport> MOST_RECENT_FIRST = Keyset.of("s.id", support -> support.id,
            Keyset.descending("s.occurredAt", Instant.class, support -> support.occurredAt));

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

    /** A page of the support given to the patient's family, the most recent first. */
    public static List<FamilySupport> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = MOST_RECENT_FIRST.page("from FamilySupport s", "s.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
