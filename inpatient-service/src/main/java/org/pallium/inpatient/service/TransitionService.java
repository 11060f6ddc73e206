package org.pallium.inpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.EsasR;
import org.pallium.events.Handover;
import org.pallium.events.PatientTransitioned;
import org.pallium.events.ReferralOutcome;
import org.pallium.events.ReferralTransferred;
import org.pallium.events.TransitionOutcome;
import org.pallium.inpatient.repository.AdvanceDirective;
import org.pallium.inpatient.repository.Assessment;
import org.pallium.inpatient.repository.CodeStatusEntry;
import org.pallium.inpatient.repository.Consult;
import org.pallium.inpatient.repository.GoalsOfCareConversation;
import org.pallium.inpatient.repository.Transition;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * Ends a consult at the patient's discharge, or death, and hands the patient on. A transition to
 * another Pallium setting transfers the consult's referral, so the gateway opens the onward
 * referral there; every transition carries the handover (the latest assessments, code status,
 * goals and advance directive) so that the receiving team starts from what this one knew.
 */
@ApplicationScoped
public class TransitionService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ConsultService consults;

    TransitionService(Outbox outbox, Clock clock, PatientAccess access, ConsultService consults) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.consults = consults;
    }

    /**
     * Records the transition. The consult's referral is transferred to the receiving Pallium
     * setting, or concluded: COMPLETED when the team saw the patient, else CLOSED. Asking for the
     * same outcome again returns the first record, as a retry should.
     *
     * @throws ProblemException 409 when the consult transitioned to another outcome, or ended otherwise
     */
    @Transactional
    public Recorded<Transition> transition(UUID consultId, TransitionOutcome outcome, String reason) {
        Consult consult = consults.lock(consultId);
        Optional<Transition> earlier = Transition.ofConsult(consult.id);
        if (earlier.isPresent()) {
            if (earlier.get().outcome != outcome) {
                throw new ProblemException(409, "Consult transitioned already",
                        "The patient transitioned to " + earlier.get().outcome + " at " + earlier.get().transitionedAt);
            }
            return new Recorded<>(earlier.get(), false);
        }
        if (consult.lifecycle.status().isFinal()) {
            throw new ProblemException(409, "Consult ended", "The consult's referral is " + consult.lifecycle.status()
                    + ": there is no care left to hand on");
        }
        Instant now = ConsultService.micros(clock.instant());
        String by = access.caller().id();
        String why = Optional.ofNullable(reason).orElseGet(() -> describe(outcome));
        Transition transition = new Transition();
        transition.id = UUID.randomUUID();
        transition.consultId = consult.id;
        transition.patientId = consult.patientId;
        transition.outcome = outcome;
        transition.reason = reason;
        transition.handover = handoverOf(consult.patientId);
        transition.transitionedAt = now;
        transition.transitionedBy = by;
        Optional<CareSetting> receiving = outcome.palliativeSetting();
        if (receiving.isPresent()) {
            ReferralTransferred transfer = consult.transfer(receiving.get(), why, by, now).orElseThrow();
            transition.onwardReferralId = transfer.newReferralId();
            outbox.record(transfer);
        } else {
            consult.conclude(consult.seenAt == null ? ReferralOutcome.CLOSED : ReferralOutcome.COMPLETED, why, by, now)
                    .ifPresent(outbox::record);
        }
        transition.persist();
        outbox.record(new PatientTransitioned(transition.id, consult.referralId, consult.patientId, CareSetting.INPATIENT,
                outcome, transition.onwardReferralId, transition.handover, by, now));
        return new Recorded<>(transition, true);
    }

    @Transactional
    public Optional<Transition> find(UUID transitionId) {
        return access.visible(Transition.findByIdOptional(transitionId), found -> found.patientId);
    }

    @Transactional
    public Optional<Transition> ofConsult(UUID consultId) {
        return Transition.ofConsult(consultId);
    }

    /** What this team knows of the patient now, for the team that takes them on. */
    private static Handover handoverOf(UUID patientId) {
        List<Assessment> newestFirst = Assessment.ofPatient(patientId);
        Optional<Assessment> esas = newestFirst.stream().filter(a -> a.pain != null).findFirst();
        Optional<Assessment> pps = newestFirst.stream().filter(a -> a.pps != null).findFirst();
        Optional<GoalsOfCareConversation> goals = GoalsOfCareConversation.latestOf(patientId);
        Optional<AdvanceDirective> directive = AdvanceDirective.currentOf(patientId);
        return new Handover(esas.flatMap(Assessment::esas).orElse(null), esas.map(a -> a.assessedAt).orElse(null),
                pps.map(a -> a.pps).orElse(null), pps.map(a -> a.assessedAt).orElse(null),
                CodeStatusEntry.currentOf(patientId).map(entry -> entry.codeStatus).orElse(null),
                goals.map(g -> g.whatMatters).orElse(null), goals.map(g -> g.decisions).orElse(null),
                directive.flatMap(AdvanceDirective::healthcareAgent).orElse(null),
                directive.map(TransitionService::describe).orElse(null));
    }

    private static String describe(AdvanceDirective directive) {
        return switch (directive.status) {
            case NONE -> "No advance directive";
            case DISCUSSED -> "Advance directive discussed";
            case DRAFTED -> "Advance directive drafted";
            case SIGNED -> "Advance directive signed";
            case ON_FILE -> "Advance directive on file: " + directive.documentReference;
        };
    }

    private static String describe(TransitionOutcome outcome) {
        return switch (outcome) {
            case HOME_PROGRAMME -> "Discharged to the home programme";
            case OUTPATIENT_CLINIC -> "Discharged to follow-up in the outpatient clinic";
            case HOSPICE -> "Discharged to hospice";
            case NURSING_FACILITY -> "Discharged to a nursing home or facility";
            case DIED_IN_HOSPITAL -> "Died in hospital";
        };
    }
}
