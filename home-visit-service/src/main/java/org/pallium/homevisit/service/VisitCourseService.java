package org.pallium.homevisit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.EvvStage;
import org.pallium.events.MissedVisitReason;
import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.homevisit.repository.VisitStatus;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * A scheduled visit's course: check-in (IN_PROGRESS), check-out (COMPLETED), or missed or cancelled
 * instead, each verified and published. Each step answers the visit as it now stands. A step given
 * again as it was taken (the app retrying an upload whose answer it lost) changes nothing and
 * publishes nothing, whatever version it names; otherwise a step names, if it likes, the version it
 * was decided on ({@code If-Match}), and is refused rather than applied over a newer one. The
 * visit is locked for the step, so two steps on one visit never interleave.
 *
 * <p>A home nurse takes the steps of the visits assigned to them; a coordinator and a clinician of
 * the home team those of any visit of a patient they may see. A nurse who sees a visit only because
 * they recorded it (a call they took dispatched it to the nurse on call) may not take its steps.
 */
@ApplicationScoped
public class VisitCourseService {

    private final HomeVisitService visits;
    private final EvvVerification evv;
    private final HomePatientScope scope;
    private final PatientAccess access;
    private final HomeProgrammeConfig config;
    private final Outbox outbox;
    private final ChangeFeed changeFeed;
    private final Clock clock;

    VisitCourseService(HomeVisitService visits, EvvVerification evv, HomePatientScope scope, PatientAccess access,
            HomeProgrammeConfig config, Outbox outbox, ChangeFeed changeFeed, Clock clock) {
        this.visits = visits;
        this.evv = evv;
        this.scope = scope;
        this.access = access;
        this.config = config;
        this.outbox = outbox;
        this.changeFeed = changeFeed;
        this.clock = clock;
    }

    /**
     * Begins a SCHEDULED visit at the check-in's time, keeping where it took place and the EVV
     * service type of the visit's discipline; publishes the visit's start, and any EVV exception.
     *
     * @throws ProblemException 404 for a visit the caller may not see, 403 for another nurse's, 412
     *                          for a stale version, 409 when the visit is not SCHEDULED, 422 for an
     *                          in-person check-in without a position
     */
    @Transactional
    public HomeVisit checkIn(UUID visitId, Long ifMatch, VisitCheck check) {
        HomeVisit visit = lockForCourse(visitId);
        if (check.repeats(visit.checkIn)) {
            return visit;
        }
        require(visit, ifMatch, VisitStatus.SCHEDULED, "Visit not open for check-in");
        visit.status = VisitStatus.IN_PROGRESS;
        visit.startedAt = check.at();
        visit.evvServiceType = config.evv().serviceType(visit.discipline).orElse(null);
        visit.updatedAt = clock.instant();
        outbox.record(visit.start());
        visit.checkIn = evv.verify(visit, EvvStage.CHECK_IN, check);
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return visit;
    }

    /**
     * Completes an IN_PROGRESS visit at the check-out's time, with its notes and the plan it leaves;
     * publishes the completed visit with the symptoms assessed at it, any EVV exception and, for the
     * admission's first visit, the referral's first visit. A visit whose admission ended while it
     * was under way (the patient died, say) is still completed, its EVV record kept for billing,
     * without a first visit for the ended referral.
     *
     * @throws ProblemException as for a check-in, with 409 when the visit is not IN_PROGRESS and 422
     *                          for a check-out before the check-in
     */
    @Transactional
    public HomeVisit checkOut(UUID visitId, Long ifMatch, VisitCheck check, String notes, String plan) {
        // The admission first, then the visit, in the order a visit's upload takes them.
        HomeAdmission admission = HomeVisit.admissionOf(visitId).flatMap(HomeAdmission::lock)
                .orElseThrow(() -> unknown(visitId));
        HomeVisit visit = lockForCourse(visitId);
        if (check.repeats(visit.checkOut)) {
            return visit;
        }
        require(visit, ifMatch, VisitStatus.IN_PROGRESS, "Visit not in progress");
        if (check.at().isBefore(visit.startedAt)) {
            throw new ProblemException(422, "Check-out before check-in",
                    "The check-out at " + check.at() + " is before the check-in at " + visit.startedAt);
        }
        visit.status = VisitStatus.COMPLETED;
        visit.endedAt = check.at();
        visit.notes = notes;
        visit.plan = plan;
        visit.checkOut = evv.verify(visit, EvvStage.CHECK_OUT, check);
        visit.updatedAt = clock.instant();
        if (admission.lifecycle.status().isOpenForVisits()) {
            admission.visit(visit.id, visit.startedAt).ifPresent(outbox::record);
        }
        outbox.record(visit.completion());
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return visit;
    }

    /**
     * Records that a SCHEDULED visit did not take place, and why; publishes it.
     *
     * @throws ProblemException as for a check-in, with 409 when the visit is not SCHEDULED
     */
    @Transactional
    public HomeVisit miss(UUID visitId, Long ifMatch, MissedVisitReason reason, String note) {
        HomeVisit visit = lockForCourse(visitId);
        if (visit.status == VisitStatus.MISSED && reason.name().equals(visit.missedReason)) {
            return visit;
        }
        require(visit, ifMatch, VisitStatus.SCHEDULED, "Visit not scheduled");
        Instant now = clock.instant();
        visit.status = VisitStatus.MISSED;
        visit.missedReason = reason.name();
        visit.notes = note;
        visit.updatedAt = now;
        outbox.record(visit.miss(reason, access.caller().id(), now));
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return visit;
    }

    /**
     * Takes a SCHEDULED visit off the schedule, with the reason, and publishes that it will not take
     * place (the reason, free text, is not published).
     *
     * @throws ProblemException as for a check-in, with 409 when the visit is not SCHEDULED
     */
    @Transactional
    public HomeVisit cancel(UUID visitId, Long ifMatch, String reason) {
        HomeVisit visit = lockForCourse(visitId);
        if (visit.status == VisitStatus.CANCELLED && reason.equals(visit.cancellationReason)) {
            return visit;
        }
        require(visit, ifMatch, VisitStatus.SCHEDULED, "Visit not scheduled");
        outbox.record(visit.cancel(reason, access.caller().id(), clock.instant()));
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return visit;
    }

    /**
     * Stores the provider and join link of a VIDEO visit still ahead or under way: the link is made on
     * the video platform, often after a plan generated the visit. The same link again answers the
     * visit; a changed one names the version it was decided on.
     *
     * @throws ProblemException as for a check-in; 422 for a visit in person, 409 for a visit over,
     *                          428 without a version
     */
    @Transactional
    public HomeVisit linkVideo(UUID visitId, Long ifMatch, VideoLink link) {
        HomeVisit visit = lockForCourse(visitId);
        if (visit.mode != VisitMode.VIDEO) {
            throw new ProblemException(422, "Not a video visit", "Visit " + visitId + " is made in person");
        }
        if (!visit.status.isOpen()) {
            throw new ProblemException(409, "Visit over", "Visit " + visitId + " is " + visit.status);
        }
        if (link.provider().equals(visit.videoProvider) && link.joinUrl().equals(visit.videoJoinUrl)) {
            return visit;
        }
        EditConflict.check("Visit " + visitId, visit.version, ifMatch);
        visit.videoProvider = link.provider();
        visit.videoJoinUrl = link.joinUrl();
        visit.updatedAt = clock.instant();
        changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id);
        return visit;
    }

    /** The visit, locked, if the caller may see it and take its steps. */
    private HomeVisit lockForCourse(UUID visitId) {
        HomeVisit visit = HomeVisit.lock(visitId).flatMap(locked -> visits.find(locked.id))
                .orElseThrow(() -> unknown(visitId));
        boolean anothers = scope.visitsOnlyOf(access.caller()).filter(nurse -> !nurse.equals(visit.assignedTo)).isPresent();
        if (anothers) {
            throw new ProblemException(403, "Visit assigned to another nurse",
                    "Visit " + visitId + " is assigned to another nurse, who takes its steps");
        }
        return visit;
    }

    private static void require(HomeVisit visit, Long ifMatch, VisitStatus status, String title) {
        if (ifMatch != null && ifMatch != visit.version) {
            throw new EditConflict("Visit " + visit.id, visit.version, ifMatch);
        }
        if (visit.status != status) {
            throw new ProblemException(409, title, "Visit " + visit.id + " is " + visit.status + ", not " + status);
        }
    }

    private static ProblemException unknown(UUID visitId) {
        return new ProblemException(404, "Unknown visit", "The home programme holds no visit " + visitId);
    }
}
