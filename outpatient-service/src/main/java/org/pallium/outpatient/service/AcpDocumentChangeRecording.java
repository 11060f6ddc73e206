package org.pallium.outpatient.service;

import java.time.Instant;
import java.util.UUID;

import org.pallium.outpatient.repository.AcpDocumentContent;

/**
 * A change of an advance care planning document. {@code changeId} is chosen by the client, so that
 * a retried request finds the change it already made instead of making it twice.
 *
 * @param changedAt when the change took place; null for now
 */
public record AcpDocumentChangeRecording(
        UUID changeId,
        UUID documentId,
        AcpDocumentContent content,
        String note,
        Instant changedAt) {
}
