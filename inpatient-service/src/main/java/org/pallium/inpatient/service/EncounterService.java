package org.pallium.inpatient.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.VisitCompleted;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.Encounter;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/** Records the consult team's encounters and publishes each as a completed visit. */
@ApplicationScoped
public class EncounterService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;

    EncounterService(Outbox outbox, Clock clock, PatientAccess access) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
    }

    /**
     * Records an encounter under an accepted consult; the consult's first one also announces that
     * the referral's first visit took place. Recording the same encounter id again returns the
     * first record, even once the consult has ended: a retried request must not fail for what
     * happened since. A consult the team has not accepted, or one that ended (concluded,
     * transferred, cancelled by its referrer), takes no new encounter. The consult is locked while
     * the encounter is recorded, so that an encounter and a step of its lifecycle take turns: only
     * one encounter is ever the first, and none lands on a consult that has just ended. A consult of
     * a patient the caller may not see is unknown to them, and takes nothing from them. The caller
     * is kept as who recorded the encounter, beside the clinician the recording names.
     *
     * @throws UnknownConsultException when the consult does not exist or is not the caller's to see
     * @throws ProblemException        when the consult takes no encounters or the encounter ends
     *                                 before it starts (422), or the id is taken by another consult (409)
     */
    @Transactional
    public Recorded<Encounter> record(EncounterRecording recording) {
        Consult consult = access.visible(
                        Consult.<Consult>findByIdOptional(recording.consultId(), LockModeType.PESSIMISTIC_WRITE),
                        found -> found.patientId)
                .orElseThrow(() -> new UnknownConsultException(recording.consultId()));
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
        Encounter encounter = new Encounter();
        encounter.id = recording.encounterId();
        encounter.consultId = consult.id;
        encounter.patientId = consult.patientId;
        encounter.kind = recording.kind();
        encounter.clinician = recording.clinician();
        encounter.discipline = recording.discipline();
        encounter.startedAt = recording.startedAt();
        encounter.endedAt = recording.endedAt();
        encounter.notes = recording.notes();
        encounter.recordedAt = clock.instant();
        encounter.recordedBy = access.caller().id();
        encounter.persist();
        outbox.record(new VisitCompleted(encounter.id, encounter.patientId, CareSetting.INPATIENT,
                CareSetting.INPATIENT.encounterClass(), encounter.clinician, encounter.discipline,
                encounter.startedAt, encounter.endedAt));
        return new Recorded<>(encounter, true);
    }

    /** The encounter, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Encounter> find(UUID encounterId) {
        return access.visible(Encounter.findByIdOptional(encounterId), encounter -> encounter.patientId);
    }

    @Transactional
    public List<Encounter> ofConsult(UUID consultId) {
        return Encounter.ofConsult(consultId);
    }
}
