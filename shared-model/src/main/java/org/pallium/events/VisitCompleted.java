package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit took place and was documented. {@link #startedAt()} is its clinical time; the visit may
 * have been documented, and this event published, much later.
 *
 * @param encounterClass the FHIR Encounter class: IMP, AMB, HH or VR
 * @param discipline     the discipline of the clinician who led the visit
 * @param esas           the ESAS-r assessed at the visit; null when none was
 * @param pps            the PPS level assessed at the visit; null when none was
 */
public record VisitCompleted(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        String encounterClass,
        String clinician,
        Discipline discipline,
        Instant startedAt,
        Instant endedAt,
        EsasR esas,
        Integer pps) implements VisitEvent {

    public VisitCompleted {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        EncounterClasses.require(encounterClass);
        present(clinician, "clinician");
        present(discipline, "discipline");
        present(startedAt, "startedAt");
        present(endedAt, "endedAt");
        if (endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("endedAt must not be before startedAt");
        }
        if (pps != null) {
            Pps.requireLevel(pps, "pps");
        }
    }

    /** A visit at which no symptoms were scored. */
    public VisitCompleted(UUID visitId, UUID patientId, CareSetting setting, String encounterClass, String clinician,
            Discipline discipline, Instant startedAt, Instant endedAt) {
        this(visitId, patientId, setting, encounterClass, clinician, discipline, startedAt, endedAt, null, null);
    }

    @Override
    public Instant occurredAt() {
        return startedAt;
    }
}
