package org.pallium.homevisit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CallLogged;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.TriageOutcome;
import org.pallium.events.UrgentVisitDispatched;
import org.pallium.homevisit.config.HomeProgrammeConfig;
import org.pallium.homevisit.repository.ChangeFeed;
import org.pallium.homevisit.repository.HomeAdmission;
import org.pallium.homevisit.repository.HomeVisit;
import org.pallium.homevisit.repository.NurseCall;
import org.pallium.homevisit.repository.OnCallShift;
import org.pallium.homevisit.repository.SyncKind;
import org.pallium.homevisit.repository.VisitMode;
import org.pallium.platform.audit.AuditContext;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientAccess;
import org.pallium.platform.security.Roles;

/**
 * The 24/7 nurse line's log: who called about which patient, why, and what the nurse decided. A
 * call triaged to an urgent visit puts that visit, first of all, on the route of the nurse it is
 * dispatched to, by default the nurse on call when the call came in.
 *
 * <p>Whose calls a caller logs and reads: the patients they may see (a coordinator every patient, a
 * clinician of the home team those on its census, a home nurse those on their caseload). A nurse on
 * call answers the line for the whole programme, so a home nurse with a shift on call when a call
 * came in also logs it for any patient on the census, and reads the calls they took; the patient
 * joins their caseload only if the call dispatches a visit to them.
 */
@ApplicationScoped
public class NurseCallService {

    private final PatientAccess access;
    private final AuditContext audit;
    private final HomeProgrammeConfig config;
    private final Outbox outbox;
    private final ChangeFeed changeFeed;
    private final Clock clock;

    NurseCallService(PatientAccess access, AuditContext audit, HomeProgrammeConfig config, Outbox outbox,
            ChangeFeed changeFeed, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.config = config;
        this.outbox = outbox;
        this.changeFeed = changeFeed;
        this.clock = clock;
    }

    /**
     * Logs a call about a patient on the programme's census and publishes it; an urgent visit it
     * dispatches is scheduled from when the call came in (the caller's clock, not the upload's, so
     * a call logged offline dispatches the same visit), for the configured duration, and published.
     * The call id is chosen by the app, so that uploading the call again answers the call as first
     * logged and logs and dispatches nothing twice.
     *
     * @throws ProblemException 404 when the patient is not the caller's, 409 when the call id is
     *                          another patient's call, 422 when the patient is not on the census, or
     *                          a visit is to be dispatched while the patient has no open admission,
     *                          or while nobody is on call and the call names no nurse
     */
    @Transactional
    public Recorded<NurseCall> log(CallLogging logging) {
        CallLogging call = logging.id() != null ? logging : logging.withIds(UUID.randomUUID(), logging.patientId());
        Caller caller = access.caller();
        if (!mayLog(caller, call)) {
            throw new ProblemException(404, "Unknown patient", "The home programme holds no patient " + call.patientId());
        }
        Optional<NurseCall> earlier = NurseCall.findByIdOptional(call.id());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(call.patientId())) {
                throw new ProblemException(409, "Call id in use", "Call " + call.id() + " is about another patient");
            }
            return new Recorded<>(earlier.get(), false);
        }
        if (!HomeAdmission.onCensus(call.patientId())) {
            throw new ProblemException(422, "Patient not in the home programme",
                    "Patient " + call.patientId() + " is not on the home programme's census");
        }
        Instant now = clock.instant();
        NurseCall logged = new NurseCall();
        logged.id = call.id();
        logged.patientId = call.patientId();
        logged.callerType = call.callerType();
        logged.callerName = call.callerName();
        logged.callbackNumber = call.callbackNumber();
        logged.receivedAt = call.receivedAt();
        logged.durationSeconds = call.durationSeconds();
        logged.reason = call.reason();
        logged.details = call.details();
        logged.outcome = call.outcome();
        logged.followUp = call.followUp();
        logged.followUpDue = call.followUpDue();
        logged.takenBy = caller.id();
        logged.recordedAt = now;
        Optional<HomeVisit> dispatched = call.outcome() == TriageOutcome.URGENT_VISIT_DISPATCHED
                ? Optional.of(dispatch(call, caller, now))
                : Optional.empty();
        logged.dispatchedVisitId = dispatched.map(visit -> visit.id).orElse(null);
        logged.persist();
        outbox.record(new CallLogged(logged.id, logged.patientId, CareSetting.HOME, logged.callerType, logged.receivedAt,
                logged.durationSeconds, logged.reason, logged.outcome,
                logged.followUp != null && !logged.followUp.isBlank() || logged.followUpDue != null,
                logged.dispatchedVisitId, logged.takenBy));
        dispatched.ifPresent(visit -> changeFeed.changed(SyncKind.VISIT, visit.patientId, visit.id));
        changeFeed.changed(SyncKind.CALL, logged.patientId, logged.id);
        return new Recorded<>(logged, true);
    }

    /** The call, if the caller may see its patient or took it. */
    @Transactional
    public Optional<NurseCall> find(UUID callId) {
        return NurseCall.<NurseCall>findByIdOptional(callId).filter(this::readable);
    }

    /**
     * A page of the patient's calls, the most recent first. None when the patient is not the caller's
     * to see.
     */
    @Transactional
    public List<NurseCall> ofPatient(UUID patientId, PageRequest page) {
        return access.permits(patientId) ? NurseCall.ofPatient(patientId, page) : List.of();
    }

    /**
     * Schedules the urgent visit a call dispatches, for the nurse it names or else the nurse on
     * call when it came in, and publishes it.
     */
    private HomeVisit dispatch(CallLogging call, Caller caller, Instant now) {
        String nurse = Optional.ofNullable(call.dispatchTo()).filter(named -> !named.isBlank())
                .or(() -> OnCallShift.at(call.receivedAt()).map(shift -> shift.nurse))
                .orElseThrow(() -> new ProblemException(422, "No nurse on call",
                        "Nobody was on call at " + call.receivedAt() + " and the call names no nurse to dispatch to"));
        HomeAdmission admission = HomeAdmission.lockOpenForVisits(call.patientId())
                .orElseThrow(() -> new ProblemException(422, "Patient not in the home programme",
                        "Patient " + call.patientId() + " has no open admission to the home programme"));
        HomeVisit visit = HomeVisit.scheduled(UUID.randomUUID(), admission, Discipline.NURSE, VisitMode.IN_PERSON, nurse,
                call.receivedAt(), call.receivedAt().plus(config.urgentVisitDuration()), caller.id(), now);
        visit.urgent = true;
        visit.callId = call.id();
        visit.persist();
        outbox.record(visit.announcement());
        outbox.record(new UrgentVisitDispatched(visit.id, call.id(), visit.patientId, CareSetting.HOME, call.reason(),
                nurse, caller.id(), now));
        return visit;
    }

    /**
     * Whether the caller may log a call about the patient: one they may see, or, for a home nurse
     * on call when the call came in, any patient on the census. Recorded for the audit.
     */
    private boolean mayLog(Caller caller, CallLogging call) {
        boolean permitted = access.covers(call.patientId())
                || caller.is(Roles.HOME_NURSE) && OnCallShift.covers(caller.id(), call.receivedAt())
                        && HomeAdmission.onCensus(call.patientId());
        audit.concerns(call.patientId(), permitted);
        return permitted;
    }

    private boolean readable(NurseCall call) {
        boolean permitted = access.covers(call.patientId) || call.takenBy.equals(access.caller().id());
        audit.concerns(call.patientId, permitted);
        return permitted;
    }
}
