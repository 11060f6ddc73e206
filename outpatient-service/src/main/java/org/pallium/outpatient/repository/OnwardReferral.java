package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.OnwardReferralStatus;
import org.pallium.events.OnwardService;
import org.pallium.platform.problem.ProblemException;

/**
 * A referral the team sent on to another service, followed to its end: SENT, SCHEDULED there,
 * SEEN there, CLOSED. It moves forward only and may skip a step (the team may learn only that the
 * patient was seen). A referral closed before the patient was seen says why, such as declined by
 * the patient; SCHEDULED may be restated when the other service moves the appointment.
 */
@Entity
public class OnwardReferral extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public OnwardService service;
    /** Whom it went to, such as a named clinic or clinician; always named for OTHER. */
    public String recipient;
    public String reason;
    @Enumerated(EnumType.STRING)
    public OnwardReferralStatus status;
    public Instant sentAt;
    /** When the other service is to see the patient, as it told the team; null when not known. */
    public Instant appointmentAt;
    public Instant seenAt;
    public Instant closedAt;
    public String closureReason;
    /** When its latest step took place. */
    public Instant changedAt;
    /** Who sent it, as their bearer token names them. */
    public String recordedBy;
    public Instant recordedAt;

    /**
     * Takes a step and returns the row of history that keeps it.
     *
     * @throws ProblemException 409 when the referral is closed, the step goes back, or it repeats
     *                          SEEN; 422 when a closure before the patient was seen gives no reason,
     *                          or the step is dated before the referral's latest one
     */
    public OnwardReferralStep step(UUID stepId, OnwardReferralStatus to, Instant at, Instant appointment,
            String why, String by, Instant recordedAt) {
        if (status == OnwardReferralStatus.CLOSED || to.compareTo(status) < 0
                || to == status && to != OnwardReferralStatus.SCHEDULED) {
            throw new ProblemException(409, "Onward referral status conflict", "The referral is " + status + ": it "
                    + "moves forward only, SENT, SCHEDULED, SEEN, CLOSED, and cannot be " + to + " now");
        }
        if (to == OnwardReferralStatus.CLOSED && seenAt == null && why == null) {
            throw new ProblemException(422, "Closure reason missing", "A referral closed before the patient was seen "
                    + "there says why, such as that the patient declined it: reason");
        }
        if (at.isBefore(changedAt)) {
            throw new ProblemException(422, "Step before the latest one", "The referral last changed at " + changedAt
                    + "; a step of it is not dated before that");
        }
        OnwardReferralStatus previous = status;
        status = to;
        changedAt = at;
        switch (to) {
            case SCHEDULED -> appointmentAt = appointment;
            case SEEN -> seenAt = at;
            case CLOSED -> {
                closedAt = at;
                closureReason = why;
            }
            default -> {
            }
        }
        return OnwardReferralStep.of(stepId, this, previous, at, appointment, why, by, recordedAt);
    }

    /** The patient's onward referrals, the most recently sent first. */
    public static List<OnwardReferral> ofPatientNewestFirst(UUID patientId) {
        return list("patientId", Sort.descending("sentAt", "recordedAt"), patientId);
    }
}
