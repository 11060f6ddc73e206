package org.pallium.inpatient.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.ConsultSeen;
import org.pallium.events.VisitCompleted;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.inpatient.repository.EncounterKind;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Records the consult team's encounters, the initial consult and the daily follow-ups, and
 * publishes each as a completed visit with the symptom scores assessed at it.
 */
@ApplicationScoped
public class EncounterService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ConsultService consults;
    private final AssessmentService assessments;

    EncounterService(Outbox outbox, Clock clock, PatientAccess access, ConsultService consults,
            AssessmentService assessments) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.consults = consults;
        this.assessments = assessments;
    }

    /**
     * Records an encounter under an accepted consult. The initial consult comes first and once: it
     * marks the consult seen, and is announced with whether the team met its response target; the
     * first follow-up starts the daily following. No encounter is dated before the consult was
     * requested, and no follow-up before the initial consult. The consult's first encounter also
     * announces that the referral's first visit took place.
     *
     * <p>Recording the same encounter id again returns the first record, even once the consult has
     * ended: a retried request must not fail for what happened since. A consult the team has not
     * accepted, or one that ended, takes no new encounter. The consult is locked while the encounter
     * is recorded, so that an encounter and a step of its lifecycle take turns. The caller is kept
     * as who recorded the encounter, beside the clinician the recording names.
     *
     * @throws UnknownConsultException when the consult does not exist or is not the caller's to see
     * @throws ProblemException        422 when the consult takes no encounters or the encounter's
     *                                 kind or dates do not fit the consult; 409 when the id is
     *                                 taken by another consult
     */
    @Transactional
    public Recorded<Encounter> record(EncounterRecording recording) {
        Consult consult = consults.lock(recording.consultId());
        Optional<Encounter> earlier = Encounter.findByIdOptional(recording.encounterId());
        if (earlier.isPresent()) {
            if (!earlier.get().consultId.equals(consult.id)) {
                throw new ProblemException(409, "Encounter id in use",
                        "Encounter " + recording.encounterId() + " belongs to another consult");
            }
            return new Recorded<>(earlier.get(), false);
        }
        if (recording.endedAt().isBefore(recording.startedAt())) {
            throw new ProblemException(422, "Invalid encounter", "endedAt is before startedAt");
        }
        consult.visit(recording.encounterId(), recording.startedAt()).ifPresent(outbox::record);
        requireFitsTheConsult(consult, recording);
        Encounter encounter = new Encounter();
        encounter.id = recording.encounterId();
        encounter.consultId = consult.id;
        encounter.patientId = consult.patientId;
        encounter.kind = recording.kind();
        encounter.clinician = recording.clinician();
        encounter.discipline = recording.discipline();
        encounter.startedAt = ConsultService.micros(recording.startedAt());
        encounter.endedAt = ConsultService.micros(recording.endedAt());
        encounter.notes = recording.notes();
        encounter.disciplinesPresent = List.copyOf(recording.disciplinesPresent());
        encounter.participants = List.copyOf(recording.participants());
        encounter.interventions = List.copyOf(recording.interventions());
        encounter.recordedAt = clock.instant();
        encounter.recordedBy = access.caller().id();
        encounter.persist();
        if (recording.esas() != null || recording.pps() != null) {
            assessments.recordAtEncounter(consult, encounter.id, new AssessmentRecording(UUID.randomUUID(), consult.id,
                    encounter.startedAt, recording.esas(), recording.pps()));
        }
        if (encounter.kind == EncounterKind.INITIAL_CONSULT) {
            consult.seenAt = encounter.startedAt;
            outbox.record(new ConsultSeen(consult.id, consult.referralId, consult.patientId, encounter.id,
                    consult.urgency, consult.requestedAt, consult.responseDueAt, consult.seenAt));
        } else if (consult.followedUpAt == null) {
            consult.followedUpAt = encounter.startedAt;
        }
        outbox.record(new VisitCompleted(encounter.id, encounter.patientId, CareSetting.INPATIENT,
                CareSetting.INPATIENT.encounterClass(), encounter.clinician, encounter.discipline,
                encounter.startedAt, encounter.endedAt, recording.esas(), recording.pps()));
        return new Recorded<>(encounter, true);
    }

    private static void requireFitsTheConsult(Consult consult, EncounterRecording recording) {
        if (recording.startedAt().isBefore(consult.requestedAt)) {
            throw new ProblemException(422, "Encounter before the consult",
                    "The encounter starts at " + recording.startedAt() + ", before the consult was requested at "
                            + consult.requestedAt);
        }
        if (recording.kind() == EncounterKind.INITIAL_CONSULT && consult.seenAt != null) {
            throw new ProblemException(422, "Initial consult recorded already",
                    "The consult was seen at " + consult.seenAt + "; later encounters are follow-ups");
        }
        if (recording.kind() == EncounterKind.FOLLOW_UP && consult.seenAt == null) {
            throw new ProblemException(422, "Follow-up before the initial consult",
                    "The consult has not been seen: its first encounter is the initial consult");
        }
        if (recording.kind() == EncounterKind.FOLLOW_UP && recording.startedAt().isBefore(consult.seenAt)) {
            throw new ProblemException(422, "Follow-up before the initial consult",
                    "The follow-up starts at " + recording.startedAt() + ", before the initial consult at " + consult.seenAt);
        }
    }

    /** The encounter, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Encounter> find(UUID encounterId) {
        return access.visible(Encounter.findByIdOptional(encounterId), encounter -> encounter.patientId);
    }

    /** The assessment made at the encounter, if one was. */
    @Transactional
    public Optional<Assessment> assessmentAt(UUID encounterId) {
        return Assessment.ofEncounter(encounterId);
    }

    @Transactional
    public List<Encounter> ofConsult(UUID consultId) {
        return Encounter.ofConsult(consultId);
    }
}
