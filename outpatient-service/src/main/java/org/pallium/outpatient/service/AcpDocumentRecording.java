package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.events.AcpDocumentType;
import org.pallium.outpatient.repository.AcpDocumentContent;

/**
 * An advance care planning document to record. {@code documentId} is chosen by the client, so
 * that a retried request finds the document it already recorded.
 *
 * @param changedAt when it reached its status; null for now
 */
public record AcpDocumentRecording(
        UUID documentId,
        UUID patientId,
        AcpDocumentType documentType,
        AcpDocumentContent content,
        String note,
        Instant changedAt) {
}
