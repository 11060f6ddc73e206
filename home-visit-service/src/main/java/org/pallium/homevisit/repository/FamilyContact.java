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
 * A member of the patient's family, or a friend or caregiver, whom the team may call and support.
 * {@code birthYear} shows which siblings of a child patient are children too. Name and phone are PHI.
 */
@Entity
public class FamilyContact extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public String name;
    @Enumerated(EnumType.STRING)
    public Relationship relationship;
    public String phone;
    public boolean primaryCaregiver;
    public Integer birthYear;
    public String notes;
    @Version
    public long version;
    public Instant updatedAt;
    public String updatedBy;

    /** The order of a patient's contacts: the primary caregiver first, then by name. */
    public static final Keyset<FamilyContact> CAREGIVER_FIRST = Keyset.of("c.id", contact -> contact.id,
            Keyset.descending("c.primaryCaregiver", Boolean.class, contact -> contact.primaryCaregiver),
            Keyset.ascending("c.name", String.class, contact -> contact.name));

    /** The patient's contacts, the primary caregiver first. */
    public static List<FamilyContact> ofPatient(UUID patientId) {
        return list("from FamilyContact c where c.patientId = ?1" + CAREGIVER_FIRST.orderBy(), patientId);
    }

    /** A page of the patient's contacts, the primary caregiver first. */
    public static List<FamilyContact> ofPatient(UUID patientId, PageRequest page) {
        Keyset.Query query = CAREGIVER_FIRST.page("from FamilyContact c", "c.patientId = :patient",
                Map.of("patient", patientId), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
