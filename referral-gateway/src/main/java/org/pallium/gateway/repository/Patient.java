package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.PatientDetails;
import org.pallium.platform.persistence.Hql;

/**
 * A patient known to Pallium. The id is random, not derived from the EHR identifier, so that the
 * id on every event (and in analytics) cannot be turned back into a medical record number.
 */
@Entity
public class Patient extends PanacheEntityBase {

    @Id
    public UUID id;
    public String identifierSystem;
    public String identifierValue;
    public String name;
    /** The newest details an EHR sent; null for a patient registered before Pallium kept them. */
    @JdbcTypeCode(SqlTypes.JSON)
    public PatientDetails details;
    public Instant createdAt;
    public Instant updatedAt;

    /**
     * Whether Pallium knows the patient, without loading them: every read of a timeline page asks
     * this. Loading the patient (their details parsed from JSON, then compared at the commit) cost
     * nearly as much as reading the page's entries, and Panache's count after it a sixth of a page.
     */
    public static boolean exists(UUID id) {
        return Hql.exists(getEntityManager(), "from Patient where id = ?1", id);
    }
}
