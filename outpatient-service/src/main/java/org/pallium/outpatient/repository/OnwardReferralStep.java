package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.OnwardReferralStatus;

/** One step of an onward referral, its sending included. */
@Entity
public class OnwardReferralStep extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID onwardReferralId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public OnwardReferralStatus status;
    /** Null for the sending. */
    @Enumerated(EnumType.STRING)
    public OnwardReferralStatus previousStatus;
    public Instant takenAt;
    /** For SCHEDULED: when the other service is to see the patient, if it said. */
    public Instant appointmentAt;
    /** For CLOSED: why it closed. */
    public String reason;
    /** Who recorded the step, as their bearer token names them. */
    public String recordedBy;
    public Instant recordedAt;

    static OnwardReferralStep of(UUID id, OnwardReferral referral, OnwardReferralStatus previous, Instant at,
            Instant appointment, String reason, String by, Instant recordedAt) {
        OnwardReferralStep step = new OnwardReferralStep();
        step.id = id;
        step.onwardReferralId = referral.id;
        step.patientId = referral.patientId;
        step.status = referral.status;
        step.previousStatus = previous;
        step.takenAt = at;
        step.appointmentAt = appointment;
        step.reason = reason;
        step.recordedBy = by;
        step.recordedAt = recordedAt;
        return step;
    }

    /** The first step of a referral: its sending. */
    public static OnwardReferralStep sending(OnwardReferral referral) {
        return of(UUID.randomUUID(), referral, null, referral.sentAt, null, null, referral.recordedBy,
                referral.recordedAt);
    }

    /** The steps of these referrals, each referral's in the order they were taken. */
    public static List<OnwardReferralStep> ofReferrals(Collection<UUID> referralIds) {
        return referralIds.isEmpty() ? List.of()
                : list("onwardReferralId in ?1", Sort.ascending("takenAt", "recordedAt"), referralIds);
    }
}
