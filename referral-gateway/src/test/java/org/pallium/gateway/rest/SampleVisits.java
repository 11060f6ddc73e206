package org.pallium.gateway.rest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.events.EsasCompletedBy;
import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;

/** Visits as the settings report them, for the tests of what the gateway makes of them. */
public final class SampleVisits {

    private SampleVisits() {
    }

    /** An ESAS-r scoring pain {@code pain} and each other item {@code others}, completed by the patient. */
    public static EsasR esas(int pain, int others) {
        return new EsasR(pain, others, others, others, others, others, others, others, others, null, null,
                EsasCompletedBy.PATIENT);
    }

    /** A 40-minute visit by Nurse Ann Ward. */
    public static VisitCompleted visit(UUID visitId, UUID patientId, CareSetting setting, String encounterClass,
            Instant startedAt, EsasR esas, Integer pps) {
        return new VisitCompleted(visitId, patientId, setting, encounterClass, "Nurse Ann Ward", Discipline.NURSE, startedAt,
                startedAt.plus(40, ChronoUnit.MINUTES), esas, pps);
    }
}
