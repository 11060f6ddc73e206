package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Where and how the programme visits a patient, and who visits them: one record per patient, kept
 * across admissions. The address, its coordinates and the access notes are PHI.
 */
@Entity
public class HomePatient extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public Residence residence;
    public String addressLine;
    public String city;
    public String postalCode;
    /** Where the address lies, to compare an EVV check-in with; null when it was not located. */
    public Double latitude;
    public Double longitude;
    public String accessNotes;
    @Enumerated(EnumType.STRING)
    public AllergiesStatus allergiesStatus;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Allergy> allergies;
    /** The Pallium user id of the patient's nurse; the visit plans of nurses go to them. */
    public String assignedNurse;
    /** The Pallium user id of the patient's social worker. */
    public String assignedSocialWorker;
    /** The home health agency whose staff visit the patient, as the EVV export reports it. */
    public String agency;
    @Version
    public long version;
    public Instant updatedAt;
    public String updatedBy;

    public static Optional<HomePatient> find(UUID patientId) {
        return findByIdOptional(patientId);
    }

    public static Optional<HomePatient> lock(UUID patientId) {
        return findByIdOptional(patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the address has coordinates to compare a visit's position with. */
    public boolean located() {
        return latitude != null && longitude != null;
    }
}
