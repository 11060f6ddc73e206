package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A goals-of-care conversation with the patient or family. */
@Entity
public class GoalsOfCareConversation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    public Instant heldAt;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> participants;
    public String whatMatters;
    public String decisions;
    public String documentedBy;
    public Instant recordedAt;

    public static List<GoalsOfCareConversation> ofPatient(UUID patientId) {
        return list("patientId", Sort.descending("heldAt", "recordedAt"), patientId);
    }

    public static Optional<GoalsOfCareConversation> latestOf(UUID patientId) {
        return find("patientId", Sort.descending("heldAt", "recordedAt"), patientId).firstResultOptional();
    }
}
