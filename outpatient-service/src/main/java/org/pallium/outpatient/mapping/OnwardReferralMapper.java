package org.pallium.outpatient.mapping;

import java.util.Optional;
import java.util.UUID;

import org.pallium.outpatient.repository.OnwardReferral;
import org.pallium.outpatient.repository.OnwardReferralStep;
import org.pallium.outpatient.rest.OnwardReferralStepRequest;
import org.pallium.outpatient.rest.OnwardReferralView;
import org.pallium.outpatient.rest.SendOnwardReferralRequest;
import org.pallium.outpatient.service.OnwardReferralHistory;
import org.pallium.outpatient.service.OnwardReferralRecording;
import org.pallium.outpatient.service.OnwardReferralStepRecording;

/** Between the API's records and the onward referrals. */
public final class OnwardReferralMapper {

    private OnwardReferralMapper() {
    }

    public static OnwardReferralRecording toRecording(SendOnwardReferralRequest request) {
        return new OnwardReferralRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID),
                request.patientId(), request.service(), request.recipient(), request.reason(), request.sentAt());
    }

    public static OnwardReferralStepRecording toRecording(UUID onwardReferralId, OnwardReferralStepRequest request) {
        return new OnwardReferralStepRecording(Optional.ofNullable(request.id()).orElseGet(UUID::randomUUID),
                onwardReferralId, request.status(), request.at(), request.appointmentAt(), request.reason());
    }

    public static OnwardReferralView toView(OnwardReferralHistory history) {
        OnwardReferral referral = history.referral();
        return new OnwardReferralView(referral.id, referral.patientId, referral.service, referral.recipient,
                referral.reason, referral.status, referral.sentAt, referral.appointmentAt, referral.seenAt,
                referral.closedAt, referral.closureReason, referral.recordedBy,
                history.steps().stream().map(OnwardReferralMapper::toView).toList());
    }

    private static OnwardReferralView.Step toView(OnwardReferralStep step) {
        return new OnwardReferralView.Step(step.id, step.status, step.previousStatus, step.takenAt, step.appointmentAt,
                step.reason, step.recordedBy);
    }
}
