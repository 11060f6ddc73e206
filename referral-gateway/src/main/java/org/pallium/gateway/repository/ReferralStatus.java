package org.pallium.gateway.repository;

/**
 * A referral's progress, as the BSeR Task statuses name it: requested, received, then accepted or
 * rejected, scheduled, in progress from the first visit, and completed or closed; or transferred
 * to another setting, or cancelled by the referrer. REJECTED, COMPLETED, CLOSED, TRANSFERRED and
 * CANCELLED are final.
 */
public enum ReferralStatus {
    REQUESTED,
    RECEIVED,
    ACCEPTED,
    REJECTED,
    SCHEDULED,
    FIRST_VISIT_COMPLETED,
    COMPLETED,
    CLOSED,
    TRANSFERRED,
    CANCELLED;

    public boolean isFinal() {
        return switch (this) {
            case REJECTED, COMPLETED, CLOSED, TRANSFERRED, CANCELLED -> true;
            case REQUESTED, RECEIVED, ACCEPTED, SCHEDULED, FIRST_VISIT_COMPLETED -> false;
        };
    }

    /** Whether the setting's team has taken the patient on, and not let them go: accepted, and not ended. */
    public boolean isInCare() {
        return switch (this) {
            case ACCEPTED, SCHEDULED, FIRST_VISIT_COMPLETED -> true;
            case REQUESTED, RECEIVED, REJECTED, COMPLETED, CLOSED, TRANSFERRED, CANCELLED -> false;
        };
    }

    /**
     * Statuses only move forward, whatever order the reports arrive in: a final status stays, the
     * first final status reported wins over any other, and otherwise the later step wins, so a late
     * "received" never undoes "scheduled".
     */
    public ReferralStatus advancedTo(ReferralStatus reported) {
        if (isFinal()) {
            return this;
        }
        return reported.isFinal() || reported.compareTo(this) > 0 ? reported : this;
    }
}
