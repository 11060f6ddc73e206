package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * An advance care planning document was recorded or moved on (discussed, drafted, signed, on
 * file), so that every setting and the gateway's summary show the patient's current documents.
 *
 * @param previousStatus  null for a document recorded now
 * @param reference       where the document is, such as the EHR's DocumentReference; present when ON_FILE
 * @param healthcareAgent the agent a health care power of attorney names; null for other documents
 * @param codeStatus      the code status a CODE_STATUS document records; null for other documents
 */
public record AcpDocumentChanged(
        UUID documentId,
        UUID patientId,
        CareSetting setting,
        AcpDocumentType documentType,
        AcpDocumentStatus status,
        AcpDocumentStatus previousStatus,
        String reference,
        HealthcareAgent healthcareAgent,
        CodeStatus codeStatus,
        String changedBy,
        Instant changedAt) implements CareEvent {

    public AcpDocumentChanged {
        present(documentId, "documentId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(documentType, "documentType");
        present(status, "status");
        optional(reference, "reference");
        if (status == AcpDocumentStatus.ON_FILE && reference == null) {
            throw new IllegalArgumentException("a document ON_FILE has a reference");
        }
        if (healthcareAgent != null && documentType != AcpDocumentType.HEALTH_CARE_POWER_OF_ATTORNEY) {
            throw new IllegalArgumentException("only a health care power of attorney names a healthcare agent");
        }
        if ((codeStatus != null) != (documentType == AcpDocumentType.CODE_STATUS)) {
            throw new IllegalArgumentException("a CODE_STATUS document, and only it, records a codeStatus");
        }
        present(changedBy, "changedBy");
        present(changedAt, "changedAt");
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }
}
