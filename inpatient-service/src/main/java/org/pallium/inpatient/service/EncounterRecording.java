package org.pallium.inpatient.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.pallium.events.Discipline;
import org.pallium.events.EsasR;
import org.pallium.inpatient.repository.EncounterKind;
import org.pallium.inpatient.repository.EncounterParticipant;
import org.pallium.inpatient.repository.Intervention;

/**
 * An encounter to record. {@code encounterId} is chosen by the client, so that a retried request
 * finds the encounter it already recorded instead of recording it twice.
 *
 * @param esas the ESAS-r assessed at the encounter; null when none was
 * @param pps  the PPS level assessed at the encounter; null when none was
 */
public record EncounterRecording(
        UUID encounterId,
        UUID consultId,
        EncounterKind kind,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        String notes,
        List<Discipline> disciplinesPresent,
        List<EncounterParticipant> participants,
        List<Intervention> interventions,
        EsasR esas,
        Integer pps) {
}
