package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.AcpDocumentChanged;
import org.pallium.events.AcpDocumentType;
import org.pallium.events.CareSetting;
import org.pallium.outpatient.repository.AcpDocument;
import org.pallium.outpatient.repository.AcpDocumentChange;
import org.pallium.outpatient.repository.AcpSession;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Advance care planning at the clinic: the sessions, and the documents with every change kept.
 * Each change of a document is announced in its transaction, so that every setting and the
 * gateway show the patient's current documents. The rules of a document's course are
 * {@link AcpDocument}'s.
 */
@ApplicationScoped
public class AcpService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ClinicPatients patients;

    AcpService(Outbox outbox, Clock clock, PatientAccess access, ClinicPatients patients) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.patients = patients;
    }

    /**
     * Records a document of a patient in the clinic's care (with an accepted referral that has not
     * ended); it becomes the current one of its type. The same document id again returns the
     * document as it now stands, and is answered before the referral is looked up, so a request
     * retried after the referral ended still succeeds.
     *
     * @throws ProblemException 404 when the patient is not the caller's to see; 409 when the id is
     *                          another patient's document; 422 when the patient is not in the
     *                          clinic's care or the document is incomplete (see {@link AcpDocument})
     */
    @Transactional
    public Recorded<AcpDocumentHistory> recordDocument(AcpDocumentRecording recording) {
        patients.requireVisible(recording.patientId());
        Optional<AcpDocument> earlier = AcpDocument.findByIdOptional(recording.documentId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "ACP document id in use",
                        "ACP document " + recording.documentId() + " belongs to another patient");
            }
            return new Recorded<>(historyOf(earlier.get()), false);
        }
        patients.lockReferralInCare(recording.patientId());
        Instant now = Timestamps.asKept(clock.instant());
        AcpDocument document = new AcpDocument();
        document.id = recording.documentId();
        document.patientId = recording.patientId();
        document.documentType = recording.documentType();
        document.recordedBy = access.caller().id();
        document.recordedAt = now;
        AcpDocumentChange change = document.change(UUID.randomUUID(), recording.content(), recording.note(),
                changedAt(recording.changedAt(), now), document.recordedBy, now);
        document.persist();
        change.persist();
        outbox.record(announce(document, change));
        return new Recorded<>(new AcpDocumentHistory(document, List.of(change)), true);
    }

    /**
     * Moves a document on, or amends it, as {@link AcpDocument} allows. The document is locked
     * while it changes, so that of two changes at once the second sees the first. The same change
     * id again returns the document as it now stands. The patient need not be in the clinic's care
     * any more: a document signed after the clinic's care ended is still filed.
     *
     * @throws ProblemException 404 when the document does not exist or its patient is not the
     *                          caller's to see; 409 when the change id is another document's, or
     *                          the change moves the status back or rewrites a signed document;
     *                          422 when the document it leaves is incomplete
     */
    @Transactional
    public Recorded<AcpDocumentHistory> change(AcpDocumentChangeRecording recording) {
        AcpDocument document = access.visible(
                        AcpDocument.<AcpDocument>findByIdOptional(recording.documentId(), LockModeType.PESSIMISTIC_WRITE),
                        found -> found.patientId)
                .orElseThrow(() -> new ProblemException(404, "Unknown ACP document",
                        "The clinic holds no ACP document " + recording.documentId()));
        Optional<AcpDocumentChange> earlier = AcpDocumentChange.findByIdOptional(recording.changeId());
        if (earlier.isPresent()) {
            if (!earlier.get().documentId.equals(document.id)) {
                throw new ProblemException(409, "ACP document change id in use",
                        "Change " + recording.changeId() + " belongs to another document");
            }
            return new Recorded<>(historyOf(document), false);
        }
        Instant now = Timestamps.asKept(clock.instant());
        AcpDocumentChange change = document.change(recording.changeId(), recording.content(), recording.note(),
                changedAt(recording.changedAt(), now), access.caller().id(), now);
        change.persist();
        outbox.record(announce(document, change));
        return new Recorded<>(historyOf(document), true);
    }

    /**
     * Records a session with a patient in the clinic's care; the same session id again returns
     * the first record.
     *
     * @throws ProblemException 404 when the patient is not the caller's to see; 409 when the id is
     *                          another patient's session; 422 when the patient is not in the
     *                          clinic's care
     */
    @Transactional
    public Recorded<AcpSession> recordSession(AcpSessionRecording recording) {
        patients.requireVisible(recording.patientId());
        Optional<AcpSession> earlier = AcpSession.findByIdOptional(recording.sessionId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "ACP session id in use",
                        "ACP session " + recording.sessionId() + " belongs to another patient");
            }
            return new Recorded<>(earlier.get(), false);
        }
        patients.lockReferralInCare(recording.patientId());
        AcpSession session = new AcpSession();
        session.id = recording.sessionId();
        session.patientId = recording.patientId();
        session.heldAt = Timestamps.asKept(recording.heldAt());
        session.participants = List.copyOf(recording.participants());
        session.notes = recording.notes();
        session.documentedBy = access.caller().id();
        session.recordedAt = clock.instant();
        session.persist();
        return new Recorded<>(session, true);
    }

    /** The document with its history, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<AcpDocumentHistory> document(UUID documentId) {
        return access.visible(AcpDocument.<AcpDocument>findByIdOptional(documentId), found -> found.patientId)
                .map(AcpService::historyOf);
    }

    @Transactional
    public Optional<AcpSession> session(UUID sessionId) {
        return access.visible(AcpSession.findByIdOptional(sessionId), found -> found.patientId);
    }

    /**
     * The patient's current document of each type with its history, those that newer ones
     * replaced, and the sessions. Empty when the patient is not the caller's to see.
     */
    @Transactional
    public Optional<PatientAcp> ofPatient(UUID patientId) {
        if (!access.permits(patientId)) {
            return Optional.empty();
        }
        List<AcpDocument> documents = AcpDocument.ofPatientNewestFirst(patientId);
        Map<UUID, List<AcpDocumentChange>> changes = AcpDocumentChange
                .ofDocuments(documents.stream().map(document -> document.id).toList()).stream()
                .collect(Collectors.groupingBy(change -> change.documentId));
        Set<AcpDocumentType> typesSeen = EnumSet.noneOf(AcpDocumentType.class);
        List<AcpDocumentHistory> current = new ArrayList<>();
        List<AcpDocumentHistory> superseded = new ArrayList<>();
        for (AcpDocument document : documents) {
            AcpDocumentHistory history = new AcpDocumentHistory(document, changes.getOrDefault(document.id, List.of()));
            (typesSeen.add(document.documentType) ? current : superseded).add(history);
        }
        current.sort((a, b) -> a.document().documentType.compareTo(b.document().documentType));
        return Optional.of(new PatientAcp(patientId, current, superseded, AcpSession.ofPatientNewestFirst(patientId)));
    }

    private static Instant changedAt(Instant requested, Instant now) {
        return requested == null ? now : Timestamps.asKept(requested);
    }

    private static AcpDocumentHistory historyOf(AcpDocument document) {
        return new AcpDocumentHistory(document, AcpDocumentChange.ofDocuments(List.of(document.id)));
    }

    private static AcpDocumentChanged announce(AcpDocument document, AcpDocumentChange change) {
        return new AcpDocumentChanged(document.id, document.patientId, CareSetting.OUTPATIENT, document.documentType,
                change.status, change.previousStatus, change.reference, change.healthcareAgent().orElse(null),
                change.codeStatus, change.changedBy, change.changedAt);
    }
}
