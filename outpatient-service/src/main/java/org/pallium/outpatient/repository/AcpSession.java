package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An advance care planning session with the patient, and often their family or healthcare agent. */
@Entity
public class AcpSession extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    public Instant heldAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> participants;
    public String notes;
    /** Who documented it, as their bearer token names them. */
    public String documentedBy;
    public Instant recordedAt;

    public static List<AcpSession> ofPatientNewestFirst(UUID patientId) {
        return list("patientId", Sort.descending("heldAt", "recordedAt"), patientId);
    }
}
