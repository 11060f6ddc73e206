package org.pallium.outpatient.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.pallium.events.CareSetting;
import org.pallium.events.OnwardReferralChanged;
import org.pallium.events.OnwardReferralStatus;
import org.pallium.outpatient.repository.OnwardReferral;
import org.pallium.outpatient.repository.OnwardReferralStep;
import org.pallium.platform.idempotency.Recorded;
import org.pallium.platform.outbox.Outbox;
import org.pallium.platform.problem.ProblemException;
import org.pallium.platform.security.PatientAccess;

/**
 * The referrals the clinic sends on to other services (psychiatry, pain medicine, integrative
 * medicine, social work, chaplaincy and others), followed to their end. Each step is announced in
 * its transaction. The rules of a referral's course are {@link OnwardReferral}'s.
 */
@ApplicationScoped
public class OnwardReferralService {

    private final Outbox outbox;
    private final Clock clock;
    private final PatientAccess access;
    private final ClinicPatients patients;

    OnwardReferralService(Outbox outbox, Clock clock, PatientAccess access, ClinicPatients patients) {
        this.outbox = outbox;
        this.clock = clock;
        this.access = access;
        this.patients = patients;
    }

    /**
     * Records a referral sent on for a patient in the clinic's care (with an accepted referral that
     * has not ended). The same id again returns the referral as it now stands, and is answered
     * before the clinic's referral is looked up, so a request retried after it ended still succeeds.
     *
     * @throws ProblemException 404 when the patient is not the caller's to see; 409 when the id is
     *                          another patient's referral; 422 when the patient is not in the
     *                          clinic's care
     */
    @Transactional
    public Recorded<OnwardReferralHistory> send(OnwardReferralRecording recording) {
        patients.requireVisible(recording.patientId());
        Optional<OnwardReferral> earlier = OnwardReferral.findByIdOptional(recording.onwardReferralId());
        if (earlier.isPresent()) {
            if (!earlier.get().patientId.equals(recording.patientId())) {
                throw new ProblemException(409, "Onward referral id in use",
                        "Onward referral " + recording.onwardReferralId() + " belongs to another patient");
            }
            return new Recorded<>(historyOf(earlier.get()), false);
        }
        patients.lockReferralInCare(recording.patientId());
        Instant now = Timestamps.asKept(clock.instant());
        OnwardReferral referral = new OnwardReferral();
        referral.id = recording.onwardReferralId();
        referral.patientId = recording.patientId();
        referral.service = recording.service();
        referral.recipient = recording.recipient();
        referral.reason = recording.reason();
        referral.status = OnwardReferralStatus.SENT;
        referral.sentAt = recording.sentAt() == null ? now : Timestamps.asKept(recording.sentAt());
        referral.changedAt = referral.sentAt;
        referral.recordedBy = access.caller().id();
        referral.recordedAt = now;
        referral.persist();
        OnwardReferralStep sending = OnwardReferralStep.sending(referral);
        sending.persist();
        outbox.record(announce(referral, sending));
        return new Recorded<>(new OnwardReferralHistory(referral, List.of(sending)), true);
    }

    /**
     * Takes a step of a referral, as {@link OnwardReferral} allows. The referral is locked while it
     * changes, so that of two steps at once the second sees the first. The same step id again
     * returns the referral as it now stands. The patient need not be in the clinic's care any more:
     * the team still learns that the patient was seen.
     *
     * @throws ProblemException 404 when the referral does not exist or its patient is not the
     *                          caller's to see; 409 when the step id is another referral's, or the
     *                          step goes back or follows the end; 422 when a closure before the
     *                          patient was seen gives no reason, or the step is dated before the
     *                          latest one
     */
    @Transactional
    public Recorded<OnwardReferralHistory> step(OnwardReferralStepRecording recording) {
        OnwardReferral referral = access.visible(OnwardReferral.<OnwardReferral>findByIdOptional(
                        recording.onwardReferralId(), LockModeType.PESSIMISTIC_WRITE), found -> found.patientId)
                .orElseThrow(() -> new ProblemException(404, "Unknown onward referral",
                        "The clinic holds no onward referral " + recording.onwardReferralId()));
        Optional<OnwardReferralStep> earlier = OnwardReferralStep.findByIdOptional(recording.stepId());
        if (earlier.isPresent()) {
            if (!earlier.get().onwardReferralId.equals(referral.id)) {
                throw new ProblemException(409, "Onward referral step id in use",
                        "Step " + recording.stepId() + " belongs to another onward referral");
            }
            return new Recorded<>(historyOf(referral), false);
        }
        Instant now = Timestamps.asKept(clock.instant());
        OnwardReferralStep step = referral.step(recording.stepId(), recording.status(),
                recording.at() == null ? now : Timestamps.asKept(recording.at()),
                recording.appointmentAt() == null ? null : Timestamps.asKept(recording.appointmentAt()),
                recording.reason(), access.caller().id(), now);
        step.persist();
        outbox.record(announce(referral, step));
        return new Recorded<>(historyOf(referral), true);
    }

    /** The referral with its steps, if there is one and its patient is the caller's to see. */
    @Transactional
    public Optional<OnwardReferralHistory> find(UUID onwardReferralId) {
        return access.visible(OnwardReferral.<OnwardReferral>findByIdOptional(onwardReferralId), found -> found.patientId)
                .map(OnwardReferralService::historyOf);
    }

    /** The patient's referrals with their steps, the most recently sent first; none when the patient is not the caller's to see. */
    @Transactional
    public List<OnwardReferralHistory> ofPatientNewestFirst(UUID patientId) {
        if (!access.permits(patientId)) {
            return List.of();
        }
        List<OnwardReferral> referrals = OnwardReferral.ofPatientNewestFirst(patientId);
        Map<UUID, List<OnwardReferralStep>> steps = OnwardReferralStep
                .ofReferrals(referrals.stream().map(referral -> referral.id).toList()).stream()
                .collect(Collectors.groupingBy(step -> step.onwardReferralId));
        return referrals.stream()
                .map(referral -> new OnwardReferralHistory(referral, steps.getOrDefault(referral.id, List.of())))
                .toList();
    }

    private static OnwardReferralHistory historyOf(OnwardReferral referral) {
        return new OnwardReferralHistory(referral, OnwardReferralStep.ofReferrals(List.of(referral.id)));
    }

    /**
     * The event's reason is why this step was taken: why the team referred the patient, or, for a
     * closure that gives one, why the referral closed (such as declined by the patient).
     */
    private static OnwardReferralChanged announce(OnwardReferral referral, OnwardReferralStep step) {
        return new OnwardReferralChanged(referral.id, referral.patientId, CareSetting.OUTPATIENT, referral.service,
                step.status, Optional.ofNullable(step.reason).orElse(referral.reason), step.recordedBy, step.takenAt);
    }
}
