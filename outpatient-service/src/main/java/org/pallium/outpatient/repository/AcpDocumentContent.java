package org.pallium.outpatient.repository;

import org.pallium.events.AcpDocumentStatus;
import org.pallium.events.CodeStatus;
import org.pallium.events.HealthcareAgent;

/**
 * What a change says of an advance care planning document: the status it reaches, and what the
 * document holds. A field left null stays as the document had it.
 *
 * @param reference       where the document is, such as the EHR's DocumentReference
 * @param healthcareAgent the agent a health care power of attorney names
 * @param codeStatus      the code status a CODE_STATUS document records
 */
public record AcpDocumentContent(AcpDocumentStatus status, String reference, HealthcareAgent healthcareAgent,
        CodeStatus codeStatus) {
}
