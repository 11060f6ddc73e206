package org.pallium.outpatient.service;

import java.util.List;
import java.util.UUID;

import org.pallium.outpatient.repository.AcpSession;

/**
 * A patient's advance care planning at the clinic.
 *
 * @param current    the current document of each type: the most recently recorded one
 * @param superseded the documents that a newer one of their type replaced, the most recent first
 * @param sessions   the most recent first
 */
public record PatientAcp(
        UUID patientId,
        List<AcpDocumentHistory> current,
        List<AcpDocumentHistory> superseded,
        List<AcpSession> sessions) {
}
