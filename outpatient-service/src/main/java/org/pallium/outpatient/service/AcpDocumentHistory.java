package org.pallium.outpatient.service;

import java.util.List;

import org.pallium.outpatient.repository.AcpDocument;
import org.pallium.outpatient.repository.AcpDocumentChange;

/** A document as it now stands, and its changes in the order they took place. */
public record AcpDocumentHistory(AcpDocument document, List<AcpDocumentChange> changes) {
}
