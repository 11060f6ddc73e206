package org.pallium.outpatient.mapping;

import java.util.Optional;
import java.util.UUID;

import org.pallium.events.HealthcareAgent;
import org.pallium.outpatient.repository.AcpDocumentChange;
import org.pallium.outpatient.repository.AcpDocumentContent;
import org.pallium.outpatient.repository.AcpSession;
import org.pallium.outpatient.rest.AcpDocumentView;
import org.pallium.outpatient.rest.AcpSessionView;
import org.pallium.outpatient.rest.ChangeAcpDocumentRequest;
import org.pallium.outpatient.rest.HealthcareAgentRequest;
import org.pallium.outpatient.rest.PatientAcpView;
import org.pallium.outpatient.rest.RecordAcpDocumentRequest;
import org.pallium.outpatient.rest.RecordAcpSessionRequest;
import org.pallium.outpatient.service.AcpDocumentChangeRecording;
import org.pallium.outpatient.service.AcpDocumentHistory;
import org.pallium.outpatient.service.AcpDocumentRecording;
import org.pallium.outpatient.service.AcpSessionRecording;
import org.pallium.outpatient.service.PatientAcp;

/** Between the API's records and advance care planning's sessions and documents. */
public final class AcpMapper {

    private AcpMapper() {
    }

    public static AcpDocumentRecording toRecording(RecordAcpDocumentRequest request) {
        return new AcpDocumentRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID),
                request.patientId(), request.documentType(),
                new AcpDocumentContent(request.status(), request.reference(), toAgent(request.healthcareAgent()),
                        request.codeStatus()),
                request.note(), request.changedAt());
    }

    public static AcpDocumentChangeRecording toRecording(UUID documentId, ChangeAcpDocumentRequest request) {
        return new AcpDocumentChangeRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID), documentId,
                new AcpDocumentContent(request.status(), request.reference(), toAgent(request.healthcareAgent()),
                        request.codeStatus()),
                request.note(), request.changedAt());
    }

    public static AcpSessionRecording toRecording(RecordAcpSessionRequest request) {
        return new AcpSessionRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID),
                request.patientId(), request.heldAt(), request.participants(), request.notes());
    }

    public static AcpDocumentView toView(AcpDocumentHistory history) {
        var document = history.document();
        return new AcpDocumentView(document.id, document.patientId, document.documentType, document.status,
                document.reference, document.healthcareAgent().orElse(null), document.codeStatus, document.changedAt,
                history.changes().stream().map(AcpMapper::toView).toList());
    }

    public static AcpSessionView toView(AcpSession session) {
        return new AcpSessionView(session.id, session.patientId, session.heldAt, session.participants, session.notes,
                session.documentedBy);
    }

    public static PatientAcpView toView(PatientAcp acp) {
        return new PatientAcpView(acp.patientId(), acp.current().stream().map(AcpMapper::toView).toList(),
                acp.superseded().stream().map(AcpMapper::toView).toList(),
                acp.sessions().stream().map(AcpMapper::toView).toList());
    }

    private static AcpDocumentView.Change toView(AcpDocumentChange change) {
        return new AcpDocumentView.Change(change.id, change.status, change.previousStatus, change.reference,
                change.healthcareAgent().orElse(null), change.codeStatus, change.note, change.changedAt,
                change.changedBy);
    }

    private static HealthcareAgent toAgent(HealthcareAgentRequest agent) {
        return agent == null ? null : new HealthcareAgent(agent.name(), agent.relationship(), agent.phone());
    }
}
