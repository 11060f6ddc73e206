package org.pallium.platform.lifecycle;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.pallium.events.CareSetting;
import org.pallium.events.ReferralOutcome;
import org.pallium.platform.persistence.Hql;
import org.pallium.platform.problem.ProblemException;

/**
 * A referral's life in the service of its setting: its {@link CareStatus} and, for each step it
 * took, when, by whom and why. Each care service embeds it in its own record of the referral (a
 * consult, a clinic referral, a home admission), so the three services keep one set of rules.
 *
 * <p>A step returns true when it changed the referral, and false when the referral had taken it
 * already: a retried request then changes nothing and publishes nothing. A step the status does
 * not allow throws a 409 problem naming the status. The fields are written only here, so that the
 * rules cannot be bypassed; {@link ReferralLifecycleView} reads them.
 */
@Embeddable
public class ReferralLifecycle {

    /** {@link CareStatus#ON_CENSUS} as an HQL list, for {@code lifecycle.status in ...}. */
    public static final String ON_CENSUS_HQL = Hql.literals(CareStatus.ON_CENSUS);
    /** {@link CareStatus#OPEN_FOR_VISITS} as an HQL list. */
    public static final String OPEN_FOR_VISITS_HQL = Hql.literals(CareStatus.OPEN_FOR_VISITS);
    /** {@link CareStatus#FINAL} as an HQL list. */
    public static final String FINAL_HQL = Hql.literals(CareStatus.FINAL);

    @Enumerated(EnumType.STRING)
    CareStatus status;
    Instant receivedAt;
    Instant acceptedAt;
    String acceptedBy;
    Instant rejectedAt;
    String rejectedBy;
    String rejectionReason;
    Instant scheduledFirstVisitAt;
    Instant scheduledAt;
    String scheduledBy;
    UUID firstVisitId;
    Instant firstVisitStartedAt;
    @Enumerated(EnumType.STRING)
    ReferralOutcome outcome;
    Instant concludedAt;
    String concludedBy;
    String conclusionReason;
    @Enumerated(EnumType.STRING)
    CareSetting transferredTo;
    UUID transferReferralId;
    Instant transferredAt;
    String transferredBy;
    String transferReason;
    Instant cancelledAt;
    String cancellationReason;

    /** For Hibernate. */
    protected ReferralLifecycle() {
    }

    /**
     * A referral the service has just recorded, for its team to triage. The time is kept to the
     * microsecond, as the database keeps it, so that the announcement and the record agree.
     */
    public static ReferralLifecycle receivedAt(Instant at) {
        ReferralLifecycle lifecycle = new ReferralLifecycle();
        lifecycle.status = CareStatus.RECEIVED;
        lifecycle.receivedAt = at.truncatedTo(ChronoUnit.MICROS);
        return lifecycle;
    }

    public CareStatus status() {
        return status;
    }

    boolean accept(String by, Instant at) {
        if (acceptedAt != null) {
            return false;
        }
        require(status == CareStatus.RECEIVED, "accepted");
        status = CareStatus.ACCEPTED;
        acceptedAt = at;
        acceptedBy = by;
        return true;
    }

    boolean reject(String reason, String by, Instant at) {
        if (status == CareStatus.REJECTED) {
            return false;
        }
        require(status == CareStatus.RECEIVED, "rejected");
        status = CareStatus.REJECTED;
        rejectedAt = at;
        rejectedBy = by;
        rejectionReason = reason;
        return true;
    }

    /**
     * Books the first visit, once: another time for it is a conflict, not a retry. The time is kept
     * to the microsecond, as the database keeps it, so that a retry compares equal.
     */
    boolean schedule(Instant firstVisitAt, String by, Instant at) {
        Instant booked = firstVisitAt.truncatedTo(ChronoUnit.MICROS);
        if (booked.equals(scheduledFirstVisitAt)) {
            return false;
        }
        require(status == CareStatus.ACCEPTED, status == CareStatus.SCHEDULED
                ? "booked again: its first visit is booked for " + scheduledFirstVisitAt : "scheduled");
        status = CareStatus.SCHEDULED;
        scheduledFirstVisitAt = booked;
        scheduledAt = at;
        scheduledBy = by;
        return true;
    }

    /**
     * Takes a visit, which needs an accepted referral that has not ended.
     *
     * @return true for the referral's first visit, which moves it IN_CARE
     * @throws ProblemException 422 when the referral takes no visits
     */
    boolean visit(UUID visitId, Instant startedAt) {
        if (!status.isOpenForVisits()) {
            throw new ProblemException(422, "Referral not open for visits", status == CareStatus.RECEIVED
                    ? "The referral is RECEIVED: visits are recorded once the team has accepted it"
                    : "The referral is " + status + ": it takes no more visits");
        }
        if (status == CareStatus.IN_CARE) {
            return false;
        }
        status = CareStatus.IN_CARE;
        firstVisitId = visitId;
        firstVisitStartedAt = startedAt;
        return true;
    }

    /**
     * Ends the team's care. COMPLETED says the care was given, so it needs a first visit; CLOSED
     * ends an accepted referral with or without one.
     */
    boolean conclude(ReferralOutcome how, String reason, String by, Instant at) {
        CareStatus concluded = how == ReferralOutcome.COMPLETED ? CareStatus.COMPLETED : CareStatus.CLOSED;
        if (status == concluded) {
            return false;
        }
        require(how == ReferralOutcome.COMPLETED ? status == CareStatus.IN_CARE : status.isOpenForVisits(),
                how == ReferralOutcome.COMPLETED ? "concluded as COMPLETED before its first visit" : "closed");
        status = concluded;
        outcome = how;
        concludedAt = at;
        concludedBy = by;
        conclusionReason = reason;
        return true;
    }

    /**
     * Hands the patient over to another setting, from any status before the end, and chooses the
     * id of the referral the gateway opens there: a retry finds it here instead of choosing anew.
     *
     * @throws ProblemException 422 when {@code to} is the referral's own setting
     */
    boolean transfer(CareSetting from, CareSetting to, String reason, String by, Instant at) {
        if (to == from) {
            throw new ProblemException(422, "Transfer to the same setting",
                    "The referral is already in the " + from + " setting; a transfer goes to another one");
        }
        if (status == CareStatus.TRANSFERRED && transferredTo == to) {
            return false;
        }
        require(!status.isFinal(), "transferred");
        status = CareStatus.TRANSFERRED;
        transferredTo = to;
        transferReferralId = UUID.randomUUID();
        transferredAt = at;
        transferredBy = by;
        transferReason = reason;
        return true;
    }

    /**
     * The referrer withdrew the referral. One that has ended already keeps its history as it was:
     * the gateway told the referrer it was over.
     */
    void cancel(String reason, Instant at) {
        if (!status.isFinal()) {
            status = CareStatus.CANCELLED;
            cancelledAt = at;
            cancellationReason = reason;
        }
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new ProblemException(409, "Referral status conflict",
                    "The referral is " + status + ": it cannot be " + step);
        }
    }
}
