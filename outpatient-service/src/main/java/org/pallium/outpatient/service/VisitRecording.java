package org.pallium.outpatient.service;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.outpatient.repository.VisitFocus;
import org.pallium.outpatient.repository.VisitIntervention;
import org.pallium.outpatient.repository.VisitType;

/**
 * A visit to record. {@code visitId} is chosen by the client, so that a retried request finds the
 * visit it already recorded instead of recording it twice.
 *
 * @param esas          null when no ESAS-r was assessed
 * @param pps           null when no PPS was assessed
 * @param followUpAfter null when no follow-up was set
 */
public record VisitRecording(
        UUID visitId,
        UUID patientId,
        VisitType visitType,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes,
        VisitFocus focus,
        EsasR esas,
        Integer pps,
        List<VisitIntervention> interventions,
        String plan,
        Period followUpAfter) {
}
