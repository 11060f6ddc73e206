package org.pallium.homevisit.repository;

import java.util.Set;

/** Where a home visit stands: scheduled, begun at check-in, then completed, missed or cancelled. */
public enum VisitStatus {
    SCHEDULED,
    IN_PROGRESS,
    COMPLETED,
    MISSED,
    CANCELLED;

    /** The visits still ahead of their clinician: on the route, and what makes a patient theirs. */
    public static final Set<VisitStatus> OPEN = Set.of(SCHEDULED, IN_PROGRESS);

    /**
     * The visits that make a patient their clinician's: those still ahead, and those the clinician
     * made. A missed or cancelled visit makes nobody's caseload.
     */
    public static final Set<VisitStatus> MADE_OR_AHEAD = Set.of(SCHEDULED, IN_PROGRESS, COMPLETED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
