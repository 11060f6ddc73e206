package org.pallium.outpatient.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient's advance care planning at the clinic: the current documents and the sessions. */
public record PatientAcpView(
        UUID patientId,
        @Schema(description = "The current document of each type, the most recently recorded one, with its history; "
                + "in the order living will, advance directive, health care power of attorney, POLST, code status")
        List<AcpDocumentView> documents,
        @Schema(description = "Documents a newer one of their type replaced (revoked or rewritten), the most recent "
                + "first, each with its history") List<AcpDocumentView> superseded,
        @Schema(description = "The sessions, the most recent first") List<AcpSessionView> sessions) {
}
