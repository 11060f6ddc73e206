package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.HealthcareAgent;

/**
 * The patient's advance directive and healthcare agent, as the team recorded or referenced them.
 * Each update is a new row, so what was known when stays; the newest is current.
 */
@Entity
public class AdvanceDirective extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public AdvanceDirectiveStatus status;
    /** Where the document is, such as the EHR's DocumentReference; null when not on file. */
    public String documentReference;
    public String note;
    public String agentName;
    public String agentRelationship;
    public String agentPhone;
    public String documentedBy;
    public Instant recordedAt;

    public Optional<HealthcareAgent> healthcareAgent() {
        return agentName == null ? Optional.empty()
                : Optional.of(new HealthcareAgent(agentName, agentRelationship, agentPhone));
    }

    public static Optional<AdvanceDirective> currentOf(UUID patientId) {
        return find("patientId", Sort.descending("recordedAt"), patientId).firstResultOptional();
    }
}
