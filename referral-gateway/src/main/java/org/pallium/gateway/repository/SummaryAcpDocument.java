package org.pallium.gateway.repository;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;

/**
 * Where a patient's advance care planning document of one type stands, in the summary's read
 * model: as its newest change says, whichever setting recorded it.
 */
@Entity
@IdClass(SummaryAcpDocument.Key.class)
public class SummaryAcpDocument extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Id
    @Enumerated(EnumType.STRING)
    public AcpDocumentType documentType;
    public UUID documentId;
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus status;
    /** Where the document is, such as the EHR's DocumentReference; null until it is on file, or when not known. */
    public String reference;
    /** The healthcare agent a health care power of attorney names; null for other documents, or when not named yet. */
    public String agentName;
    public String agentRelationship;
    public String agentPhone;
    /** The code status a CODE_STATUS document records; null for the others. */
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    /** The setting whose team recorded the change. */
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String changedBy;
    public Instant changedAt;
    public String sourceUrl;

    /** The healthcare agent, when the document names one. */
    public HealthcareAgent healthcareAgent() {
        return agentName == null ? null : new HealthcareAgent(agentName, agentRelationship, agentPhone);
    }

    /** The patient's documents, one per type, in the order of the types. */
    public static List<SummaryAcpDocument> ofPatient(UUID patientId) {
        return SummaryAcpDocument.<SummaryAcpDocument>list("patientId", patientId).stream()
                .sorted(Comparator.comparing(document -> document.documentType)).toList();
    }

    /** The primary key: the patient and the document type. */
    public static class Key implements Serializable {

        public UUID patientId;
        public AcpDocumentType documentType;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(patientId, key.patientId)
                    && documentType == key.documentType;
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, documentType);
        }
    }
}
