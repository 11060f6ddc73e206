package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.ClinicalNote;
import org.pallium.homevisit.repository.HomeAssessment;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The notes and symptom assessments the team documents at home, often offline: created under the
 * id the app chose (the same id again changes nothing), edited and deleted on the version the
 * editor fetched, never over a change they did not see.
 */
@ApplicationScoped
public class ClinicalRecordService {

    private final PatientAccess access;
    private final HomeRecordService records;
    private final ChangeFeed changeFeed;
    private final Clock clock;

    ClinicalRecordService(PatientAccess access, HomeRecordService records, ChangeFeed changeFeed, Clock clock) {
        this.access = access;
        this.records = records;
        this.changeFeed = changeFeed;
        this.clock = clock;
    }

    /** A page of the notes about the patient, the most recent first; none for a patient the caller may not see. */
    @Transactional
    public List<ClinicalNote> notes(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? ClinicalNote.ofPatient(patientId, page) : List.of();
    }

    /** Writes a note under the app's id, or rewrites one on the version the editor fetched. */
    @Transactional
    public Recorded<ClinicalNote> putNote(UUID patientId, UUID noteId, NoteRecording recording, Long editedVersion) {
        records.requireInProgramme(patientId);
        Optional<ClinicalNote> existing = ClinicalNote.<ClinicalNote>findByIdOptional(noteId)
                .map(note -> HomeRecordService.ownedBy(note.patientId, patientId, "Note", noteId, note));
        existing.ifPresent(current -> {
            authoredByCaller(current.author, "Note " + noteId);
            EditConflict.check("Note " + noteId, current.version, editedVersion);
        });
        ClinicalNote note = existing.orElseGet(ClinicalNote::new);
        note.id = noteId;
        note.patientId = patientId;
        note.visitId = recording.visitId();
        note.writtenAt = recording.writtenAt();
        note.author = access.caller().id();
        note.discipline = recording.discipline();
        note.text = recording.text();
        note.recordedAt = clock.instant();
        note.persist();
        changeFeed.changed(SyncKind.NOTE, patientId, noteId);
        return new Recorded<>(note, existing.isEmpty());
    }

    /** Deletes a note its author wrote, on the version they fetched; one already gone stays gone. */
    @Transactional
    public void deleteNote(UUID patientId, UUID noteId, Long editedVersion) {
        records.requireInProgramme(patientId);
        Optional<ClinicalNote> existing = ClinicalNote.<ClinicalNote>findByIdOptional(noteId)
                .map(note -> HomeRecordService.ownedBy(note.patientId, patientId, "Note", noteId, note));
        if (existing.isPresent()) {
            authoredByCaller(existing.get().author, "Note " + noteId);
            EditConflict.check("Note " + noteId, existing.get().version, editedVersion);
            existing.get().delete();
            changeFeed.deleted(SyncKind.NOTE, patientId, noteId);
        }
    }

    /** A page of the patient's assessments, the most recent first; none for a patient the caller may not see. */
    @Transactional
    public List<HomeAssessment> assessments(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? HomeAssessment.ofPatient(patientId, page) : List.of();
    }

    /** Records an assessment under the app's id, or corrects one on the version the editor fetched. */
    @Transactional
    public Recorded<HomeAssessment> putAssessment(UUID patientId, UUID assessmentId, AssessmentRecording recording,
            Long editedVersion) {
        records.requireInProgramme(patientId);
        if (recording.esas() == null && recording.pps() == null) {
            throw new ProblemException(422, "Empty assessment", "An assessment has an ESAS-r form, a PPS level, or both");
        }
        Optional<HomeAssessment> existing = HomeAssessment.<HomeAssessment>findByIdOptional(assessmentId)
                .map(assessment -> HomeRecordService.ownedBy(assessment.patientId, patientId, "Assessment",
                        assessmentId, assessment));
        existing.ifPresent(current -> EditConflict.check("Assessment " + assessmentId, current.version, editedVersion));
        HomeAssessment assessment = existing.orElseGet(HomeAssessment::new);
        assessment.id = assessmentId;
        assessment.patientId = patientId;
        assessment.visitId = recording.visitId();
        assessment.assessedAt = recording.assessedAt();
        assessment.esas = recording.esas() == null ? null : recording.esas().toEsasR();
        assessment.pps = recording.pps();
        assessment.recordedAt = clock.instant();
        assessment.recordedBy = access.caller().id();
        assessment.persist();
        changeFeed.changed(SyncKind.ASSESSMENT, patientId, assessmentId);
        return new Recorded<>(assessment, existing.isEmpty());
    }

    /** Deletes an assessment entered in error, on the version the editor fetched. */
    @Transactional
    public void deleteAssessment(UUID patientId, UUID assessmentId, Long editedVersion) {
        records.requireInProgramme(patientId);
        Optional<HomeAssessment> existing = HomeAssessment.<HomeAssessment>findByIdOptional(assessmentId)
                .map(assessment -> HomeRecordService.ownedBy(assessment.patientId, patientId, "Assessment",
                        assessmentId, assessment));
        if (existing.isPresent()) {
            EditConflict.check("Assessment " + assessmentId, existing.get().version, editedVersion);
            existing.get().delete();
            changeFeed.deleted(SyncKind.ASSESSMENT, patientId, assessmentId);
        }
    }

    /** A note is its author's: a colleague adds a note of their own rather than rewriting another's. */
    private void authoredByCaller(String author, String what) {
        if (!author.equals(access.caller().id())) {
            throw new ProblemException(403, "Not the author", what + " was written by someone else");
        }
    }
}
