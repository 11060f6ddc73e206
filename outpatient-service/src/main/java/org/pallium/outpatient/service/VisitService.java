package org.pallium.outpatient.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.VisitCompleted;
import org.pallium.outpatient.repository.ClinicReferral;
import org.pallium.outpatient.repository.Visit;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/** Records the clinic's visits and publishes each as a completed visit. */
@ApplicationScoped
public class VisitService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;

    VisitService(Outbox outbox, Clock clock, PatientAccess access) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
    }

    /**
     * Records a visit under the patient's accepted referral to the clinic that has not ended; the
     * referral's first visit also announces that its first visit took place. A referral the team
     * has not accepted yet, or one that ended (rejected, concluded, transferred, cancelled), takes
     * no new visit. Recording the same visit id again returns the first record, and is answered
     * before the referral is looked up, so a request retried after the referral ended still succeeds
     * for a caller who may still see the patient. A patient the caller may not see is unknown to
     * them, and nothing is recorded. The caller is kept as who recorded the visit, beside the
     * clinician the recording names.
     *
     * @throws ProblemException when the patient is not the caller's to see (404), has no accepted
     *                          referral to the clinic (422), the visit id is taken by another
     *                          patient's visit (409), or the visit ends before it starts (422)
     */
    @Transactional
    public Recorded<Visit> record(VisitRecording recording) {
        if (!access.permits(recording.patientId())) {
            throw new ProblemException(404, "Unknown patient", "The clinic holds no patient " + recording.patientId());
        }
        Optional<Visit> earlier = Visit.findByIdOptional(recording.visitId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "Visit id in use",
                        "Visit " + recording.visitId() + " belongs to another patient");
            }
            return new Recorded<>(earlier.get(), false);
        }
        ClinicReferral referral = ClinicReferral.lockOpenForVisits(recording.patientId())
                .orElseThrow(() -> new ProblemException(422, "Patient not referred to the clinic",
                        "Patient " + recording.patientId() + " has no accepted referral to the clinic"));
        if (recording.endedAt().isBefore(recording.startedAt())) {
            throw new ProblemException(422, "Invalid visit", "endedAt is before startedAt");
        }
        referral.visit(recording.visitId(), recording.startedAt()).ifPresent(outbox::record);
        Visit visit = new Visit();
        visit.id = recording.visitId();
        visit.patientId = recording.patientId();
        visit.referralId = referral.id;
        visit.visitType = recording.visitType();
        visit.clinician = recording.clinician();
        visit.discipline = recording.discipline();
        visit.startedAt = recording.startedAt();
        visit.endedAt = recording.endedAt();
        visit.notes = recording.notes();
        visit.recordedAt = clock.instant();
        visit.recordedBy = access.caller().id();
        visit.persist();
        outbox.record(new VisitCompleted(visit.id, visit.patientId, CareSetting.OUTPATIENT,
                visit.visitType.encounterClass(), visit.clinician, visit.discipline, visit.startedAt, visit.endedAt));
        return new Recorded<>(visit, true);
    }

    /** The visit, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<Visit> find(UUID visitId) {
        return access.visible(Visit.findByIdOptional(visitId), visit -> visit.patientId);
    }

    /** The patient's visits, none when the patient is not the caller's to see. */
    @Transactional
    public List<Visit> ofPatientNewestFirst(UUID patientId) {
        return access.permits(patientId) ? Visit.ofPatientNewestFirst(patientId) : List.of();
    }
}
