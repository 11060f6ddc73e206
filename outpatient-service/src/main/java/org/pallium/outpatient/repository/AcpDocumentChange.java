package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;

/** One change of an advance care planning document, its first recording included: what it said after it. */
@Entity
public class AcpDocumentChange extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID documentId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus status;
    /** Null for the document's first recording. */
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus previousStatus;
    public String reference;
    public String agentName;
    public String agentRelationship;
    public String agentPhone;
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    public String note;
    public Instant changedAt;
    /** Who recorded the change, as their bearer token names them. */
    public String changedBy;
    public Instant recordedAt;

    public Optional<HealthcareAgent> healthcareAgent() {
        return agentName == null ? Optional.empty()
                : Optional.of(new HealthcareAgent(agentName, agentRelationship, agentPhone));
    }

    /** The changes of these documents, each document's in the order they took place. */
    public static List<AcpDocumentChange> ofDocuments(Collection<UUID> documentIds) {
        return documentIds.isEmpty() ? List.of()
                : list("documentId in ?1", Sort.ascending("changedAt", "recordedAt"), documentIds);
    }
}
