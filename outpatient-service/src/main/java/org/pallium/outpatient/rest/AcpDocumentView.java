package org.pallium.outpatient.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;

/** An advance care planning document as it now stands, with its history. */
public record AcpDocumentView(
        UUID id,
        UUID patientId,
        AcpDocumentType documentType,
        AcpDocumentStatus status,
        @Schema(description = "Where the document is; present when ON_FILE") String reference,
        @Schema(description = "The agent a health care power of attorney names") HealthcareAgent healthcareAgent,
        @Schema(description = "The code status a CODE_STATUS document records") CodeStatus codeStatus,
        @Schema(description = "When its latest change took place") Instant changedAt,
        @Schema(description = "Every change, its first recording included, in the order they took place")
        List<Change> history) {

    /** A change of the document: what it said after it. */
    public record Change(
            UUID id,
            AcpDocumentStatus status,
            @Schema(description = "Absent for the document's first recording") AcpDocumentStatus previousStatus,
            String reference,
            HealthcareAgent healthcareAgent,
            CodeStatus codeStatus,
            String note,
            Instant changedAt,
            String changedBy) {
    }
}
