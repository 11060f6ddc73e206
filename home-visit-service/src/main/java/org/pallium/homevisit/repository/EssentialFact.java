package org.pallium.homevisit.repository;

import java.io.Serializable;
import java.time.Instant;
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
import org.pallium.events.CareSetting;
import org.pallium.events.CodeStatus;

/**
 * The newest statement of one {@link EssentialFactKind fact} about a patient, by its clinical time
 * {@code recordedAt}, from whichever setting made it. Written by the event consumer's upserts
 * ({@code service.EssentialFacts}), read here; only the columns of its kind are set. The agent's name
 * and phone, the reference, what matters and the decisions are PHI.
 */
@Entity
@IdClass(EssentialFact.Key.class)
public class EssentialFact extends PanacheEntityBase {

    @Id
    public UUID patientId;
    @Id
    @Enumerated(EnumType.STRING)
    public EssentialFactKind fact;
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    public String agentName;
    public String agentRelationship;
    public String agentPhone;
    /** Where the document stating the fact stands; null when the fact came from a handover. */
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus documentStatus;
    /** Where the document is (such as the EHR's DocumentReference), or a handover's note of it. */
    public String reference;
    public String whatMatters;
    public String decisions;
    /** The setting whose team recorded it. */
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    public String recordedBy;
    public Instant recordedAt;
    /** The record it comes from: a code status, a document, a conversation, a transition. */
    public UUID sourceId;

    public static List<EssentialFact> ofPatient(UUID patientId) {
        return list("patientId", patientId);
    }

    /** The composite key: one fact of each kind per patient. */
    public static class Key implements Serializable {

        public UUID patientId;
        public EssentialFactKind fact;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(patientId, key.patientId) && fact == key.fact;
        }

        @Override
        public int hashCode() {
            return Objects.hash(patientId, fact);
        }
    }
}
