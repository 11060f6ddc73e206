package org.pallium.events;

import java.util.UUID;

/** Events of visits and encounters in any setting, published on {@link Topic#VISIT_EVENTS}. */
public sealed interface VisitEvent extends PalliumEvent permits VisitCompleted, VisitScheduled, VisitStarted, VisitMissed, VisitCancelled,
        UrgentVisitDispatched, EvvExceptionRaised {

    UUID visitId();

    CareSetting setting();
}
