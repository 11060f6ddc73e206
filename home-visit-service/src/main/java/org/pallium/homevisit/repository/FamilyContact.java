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

    /** The patient's contacts, the primary caregiver first. */
    public static List<FamilyContact> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("primaryCaregiver").and("name"), patientId);
    }
}
