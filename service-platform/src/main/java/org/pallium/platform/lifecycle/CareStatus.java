package org.pallium.platform.lifecycle;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a referral stands in the service of the setting it was routed to. The team accepts or
 * rejects a RECEIVED referral, may schedule the first visit, sees the patient (IN_CARE from the
 * first visit on), and concludes the referral or transfers the patient to another setting; the
 * referrer may cancel it at any point before that. REJECTED, COMPLETED, CLOSED, TRANSFERRED and
 * CANCELLED are final.
 */
public enum CareStatus {
    RECEIVED,
    ACCEPTED,
    REJECTED,
    SCHEDULED,
    IN_CARE,
    COMPLETED,
    CLOSED,
    TRANSFERRED,
    CANCELLED;

    /** The statuses in which the team records visits: from its acceptance until the referral ends. */
    public static final Set<CareStatus> OPEN_FOR_VISITS = Set.of(ACCEPTED, SCHEDULED, IN_CARE);
    /**
     * The statuses that keep the patient on the team's census: every one that is not final, a
     * referral still to triage too. For queries, which cannot ask {@link #isFinal()}.
     */
    public static final Set<CareStatus> ON_CENSUS = Arrays.stream(values()).filter(status -> !status.isFinal())
            .collect(Collectors.toUnmodifiableSet());

    /** The statuses that end the referral, for queries. */
    public static final Set<CareStatus> FINAL = Arrays.stream(values()).filter(CareStatus::isFinal)
            .collect(Collectors.toUnmodifiableSet());

    public boolean isFinal() {
        return switch (this) {
            case REJECTED, COMPLETED, CLOSED, TRANSFERRED, CANCELLED -> true;
            case RECEIVED, ACCEPTED, SCHEDULED, IN_CARE -> false;
        };
    }

    public boolean isOpenForVisits() {
        return OPEN_FOR_VISITS.contains(this);
    }
}
