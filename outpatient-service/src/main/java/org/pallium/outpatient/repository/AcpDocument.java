package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;
import org.pallium.platform.problem.ProblemException;

/**
 * An advance care planning document of a patient as it now stands; its changes are its history.
 *
 * <p>What a clinician expects of it: its status moves forward only, DISCUSSED, DRAFTED, SIGNED,
 * ON_FILE, and may skip a step (a patient brings in a living will signed years ago). A change may
 * restate the status to amend the document: a revised draft, the agent's new phone number, a
 * corrected reference. Until it is signed, what the document says (the agent it names, the code
 * status it records) may still change; once signed it is what the patient signed. A patient who
 * revokes or rewrites a document, names another agent, or decides on another code status makes a
 * new document: it is recorded as a new document of the same type, which becomes the current one,
 * and the one it replaces keeps its history. A revoked POLST that is redrafted is such a new POLST,
 * DRAFTED; the signed one is never moved back.
 */
@Entity
public class AcpDocument extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("recordedAt", "id");

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public AcpDocumentType documentType;
    @Enumerated(EnumType.STRING)
    public AcpDocumentStatus status;
    public String reference;
    public String agentName;
    public String agentRelationship;
    public String agentPhone;
    @Enumerated(EnumType.STRING)
    public CodeStatus codeStatus;
    /** When its latest change took place. */
    public Instant changedAt;
    public String recordedBy;
    /** When it was first recorded: the newest document of a type is the current one. */
    public Instant recordedAt;

    public Optional<HealthcareAgent> healthcareAgent() {
        return agentName == null ? Optional.empty()
                : Optional.of(new HealthcareAgent(agentName, agentRelationship, agentPhone));
    }

    /**
     * Applies a change (the first recording of the document is one too) and returns the row of
     * history that keeps it.
     *
     * @throws ProblemException 409 when the change moves the status back or rewrites a signed
     *                          document; 422 when the document it leaves is incomplete (ON_FILE
     *                          without a reference, a drafted health care power of attorney
     *                          without its agent, a code status document without its code status,
     *                          an agent or a code status on a document that holds none) or it is
     *                          dated before the document's latest change
     */
    public AcpDocumentChange change(UUID changeId, AcpDocumentContent content, String note, Instant at, String by,
            Instant recordedAt) {
        AcpDocumentStatus previous = status;
        HealthcareAgent agent = Optional.ofNullable(content.healthcareAgent()).or(this::healthcareAgent).orElse(null);
        CodeStatus code = Optional.ofNullable(content.codeStatus()).orElse(codeStatus);
        String where = Optional.ofNullable(content.reference()).orElse(reference);
        if (previous != null) {
            requireForward(previous, content.status());
            requireSignedContentKept(previous, agent, code);
        }
        requireComplete(content.status(), where, agent, code);
        if (changedAt != null && at.isBefore(changedAt)) {
            throw new ProblemException(422, "Change before the latest one", "The " + documentType
                    + " last changed at " + changedAt + "; a change of it is not dated before that");
        }
        status = content.status();
        reference = where;
        agentName = agent == null ? null : agent.name();
        agentRelationship = agent == null ? null : agent.relationship();
        agentPhone = agent == null ? null : agent.phone();
        codeStatus = code;
        changedAt = at;
        AcpDocumentChange change = new AcpDocumentChange();
        change.id = changeId;
        change.documentId = id;
        change.patientId = patientId;
        change.status = status;
        change.previousStatus = previous;
        change.reference = reference;
        change.agentName = agentName;
        change.agentRelationship = agentRelationship;
        change.agentPhone = agentPhone;
        change.codeStatus = codeStatus;
        change.note = note;
        change.changedAt = at;
        change.changedBy = by;
        change.recordedAt = recordedAt;
        return change;
    }

    private void requireForward(AcpDocumentStatus previous, AcpDocumentStatus next) {
        if (next.compareTo(previous) < 0) {
            throw new ProblemException(409, "ACP document status conflict", "The " + documentType + " is " + previous
                    + ": its status moves forward only, DISCUSSED, DRAFTED, SIGNED, ON_FILE. A document the patient "
                    + "revokes or rewrites is recorded as a new document of its type, which becomes the current one");
        }
    }

    private void requireSignedContentKept(AcpDocumentStatus previous, HealthcareAgent agent, CodeStatus code) {
        boolean signed = previous.compareTo(AcpDocumentStatus.SIGNED) >= 0;
        boolean sameAgent = agentName == null ? agent == null
                : agent != null && agentName.equals(agent.name()) && agentRelationship.equals(agent.relationship());
        if (signed && (!sameAgent || !Objects.equals(codeStatus, code))) {
            throw new ProblemException(409, "Signed ACP document", "The " + documentType + " is " + previous
                    + ": it says what the patient signed. Another healthcare agent or code status is a new document "
                    + "of its type, which becomes the current one");
        }
    }

    private void requireComplete(AcpDocumentStatus next, String where, HealthcareAgent agent, CodeStatus code) {
        if (next == AcpDocumentStatus.ON_FILE && where == null) {
            invalid("A document ON_FILE names where it is: reference");
        }
        boolean powerOfAttorney = documentType == AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY;
        if (agent != null && !powerOfAttorney) {
            invalid("Only a HEALTH_CARE_POWER_OF_ATTORNEY names a healthcare agent, not a " + documentType);
        }
        if (powerOfAttorney && agent == null && next != AcpDocumentStatus.DISCUSSED) {
            invalid("A HEALTH_CARE_POWER_OF_ATTORNEY " + next + " names the healthcare agent: healthcareAgent");
        }
        if ((code != null) != (documentType == AcpDocumentType.CODE_STATUS)) {
            invalid(code == null ? "A CODE_STATUS document records the code status: codeStatus"
                    : "Only a CODE_STATUS document records a code status, not a " + documentType);
        }
    }

    private static void invalid(String detail) {
        throw new ProblemException(422, "Invalid ACP document", detail);
    }

    /** The patient's documents, the most recently recorded first: the first of each type is its current one. */
    public static List<AcpDocument> ofPatientNewestFirst(UUID patientId) {
        return list("patientId", NEWEST_FIRST, patientId);
    }
}
