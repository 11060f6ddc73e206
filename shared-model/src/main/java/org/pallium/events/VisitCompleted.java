package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.Set;
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

    /** The FHIR Encounter classes a palliative visit can have, as the JSON Schema's enum lists them. */
    private static final Set<String> ENCOUNTER_CLASSES = Set.of("IMP", "AMB", "HH", "VR");

    public VisitCompleted {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(encounterClass, "encounterClass");
        present(clinician, "clinician");
        present(discipline, "discipline");
        present(startedAt, "startedAt");
        present(endedAt, "endedAt");
        if (!ENCOUNTER_CLASSES.contains(encounterClass)) {
            throw new IllegalArgumentException("encounterClass must be IMP, AMB, HH or VR, not " + encounterClass);
        }
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
