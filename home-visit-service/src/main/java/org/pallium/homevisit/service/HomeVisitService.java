package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.VisitCompleted;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;

/** Records the visits of the home team, uploaded by their mobile app, and publishes each as a completed visit. */
@ApplicationScoped
public class HomeVisitService {

    private final Outbox outbox;
    private final Clock clock;

    HomeVisitService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records a home visit for a patient admitted to the programme (the team accepted the
     * referral, which has not ended); the admission's first visit also announces that the
     * referral's first visit took place. An admission not accepted yet, or one that ended
     * (rejected, concluded, transferred, cancelled), takes no new visit. Uploading the same visit
     * id again returns the first record and publishes nothing: the app retries uploads of visits
     * documented offline, and a retry must not count the visit twice. The replay is answered before
     * the admission is checked, so an upload retried after the admission ended still succeeds. The
     * published event carries the visit's start as its clinical time, however late the upload.
     *
     * @throws ProblemException when the visit id is taken by another patient's visit, the patient
     *                          is not admitted to the home programme, or the visit ends before it starts
     */
    @Transactional
    public Recorded<HomeVisit> record(HomeVisitRecording recording) {
        Optional<HomeVisit> earlier = HomeVisit.findByIdOptional(recording.visitId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "Visit id in use",
                        "Visit " + recording.visitId() + " belongs to another patient");
            }
            return new Recorded<>(earlier.get(), false);
        }
        HomeAdmission admission = HomeAdmission.lockOpenForVisits(recording.patientId())
                .orElseThrow(() -> new ProblemException(422, "Patient not in the home programme",
                        "Patient " + recording.patientId() + " has no open admission to the home programme"));
        if (recording.endedAt().isBefore(recording.startedAt())) {
            throw new ProblemException(422, "Invalid visit", "endedAt is before startedAt");
        }
        admission.visit(recording.visitId(), recording.startedAt()).ifPresent(outbox::record);
        HomeVisit visit = new HomeVisit();
        visit.id = recording.visitId();
        visit.admissionId = admission.id;
        visit.patientId = admission.patientId;
        visit.clinician = recording.clinician();
        visit.discipline = recording.discipline();
        visit.startedAt = recording.startedAt();
        visit.endedAt = recording.endedAt();
        visit.notes = recording.notes();
        visit.recordedAt = clock.instant();
        visit.persist();
        outbox.record(new VisitCompleted(visit.id, visit.patientId, CareSetting.HOME,
                CareSetting.HOME.encounterClass(), visit.clinician, visit.discipline, visit.startedAt, visit.endedAt));
        return new Recorded<>(visit, true);
    }

    @Transactional
    public Optional<HomeVisit> find(UUID visitId) {
        return HomeVisit.findByIdOptional(visitId);
    }

    @Transactional
    public List<HomeVisit> ofPatient(UUID patientId) {
        return HomeVisit.ofPatient(patientId);
    }
}
