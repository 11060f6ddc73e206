package org.pallium.homevisit.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitStatus;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/** Records the visits of the home team, uploaded by their mobile app, and publishes each as a completed visit. */
@ApplicationScoped
public class HomeVisitService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final HomePatientScope scope;
    private final AuditContext audit;
    private final ChangeFeed changeFeed;

    HomeVisitService(Outbox outbox, Clock clock, PatientAccess access, HomePatientScope scope, AuditContext audit,
            ChangeFeed changeFeed) {
        this.outbox = outbox;
        this.changeFeed = changeFeed;
        this.clock = clock;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
    }

    /**
     * Records a home visit for a patient admitted to the programme (the team accepted the
     * referral, which has not ended); the admission's first visit also announces that the
     * referral's first visit took place. An admission not accepted yet, or one that ended
     * (rejected, concluded, transferred, cancelled), takes no new visit. Uploading the same visit
     * id again returns the first record and publishes nothing: the app retries uploads of visits
     * documented offline, and a retry must not count the visit twice. The replay is answered before
     * the admission is checked, so an upload retried after the admission ended still succeeds while
     * the caller may still see the patient. The published event carries the visit's start as its
     * clinical time, however late the upload. A patient the caller may not see is unknown to them,
     * and nothing is recorded. The caller is kept as who recorded the visit, beside the clinician the
     * upload names.
     *
     * @throws ProblemException when the patient is not the caller's to see (404), the visit id is
     *                          taken by another patient's visit or by a visit the caller may not see
     *                          (409), the patient is not admitted to the home programme, or the visit
     *                          ends before it starts (422)
     */
    @Transactional
    public Recorded<HomeVisit> record(HomeVisitRecording recording) {
        if (!access.permits(recording.patientId())) {
            throw new ProblemException(404, "Unknown patient",
                    "The home programme holds no patient " + recording.patientId());
        }
        Optional<HomeVisit> earlier = HomeVisit.findByIdOptional(recording.visitId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "Visit id in use",
                        "Visit " + recording.visitId() + " belongs to another patient");
            }
            if (!assignedToCaller(earlier.get())) {
                throw new ProblemException(409, "Visit id in use",
                        "Visit " + recording.visitId() + " was recorded by someone else");
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
        visit.status = VisitStatus.COMPLETED;
        visit.mode = VisitMode.IN_PERSON;
        visit.recordedAt = clock.instant();
        visit.updatedAt = visit.recordedAt;
        visit.recordedBy = access.caller().id();
        visit.persist();
        outbox.record(visit.completion());
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return new Recorded<>(visit, true);
    }

    /** The visit, if there is one, its patient is the caller's to see, and so is the visit. */
    @Transactional
    public Optional<HomeVisit> find(UUID visitId) {
        return access.visible(HomeVisit.<HomeVisit>findByIdOptional(visitId), visit -> visit.patientId)
                .filter(this::assignedToCaller);
    }

    /**
     * A page of the patient's visits that the caller may see, the most recent first; none when the
     * patient is not the caller's to see.
     */
    @Transactional
    public List<HomeVisit> ofPatient(UUID patientId, PageRequest page) {
        if (!access.permits(patientId)) {
            return List.of();
        }
        return scope.visitsOnlyOf(access.caller())
                .map(nurse -> HomeVisit.ofPatientForNurse(patientId, nurse, page))
                .orElseGet(() -> HomeVisit.ofPatient(patientId, page));
    }

    /**
     * Whether the caller may see a visit of a patient they may see: a home nurse only those they
     * recorded or are to make. Another's visit is refused as a denial, for the audit.
     */
    private boolean assignedToCaller(HomeVisit visit) {
        boolean assigned = scope.visitsOnlyOf(access.caller()).map(visit::isOf).orElse(true);
        audit.concerns(visit.patientId, assigned);
        return assigned;
    }
}
