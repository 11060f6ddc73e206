package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit was put on a clinician's schedule: generated from the patient's visit plan, arranged by
 * a coordinator, or dispatched urgently from a call. {@link #occurredAt()} is when it was
 * scheduled; when it is to take place is {@link #scheduledStart()}.
 *
 * @param encounterClass the FHIR Encounter class it will have: HH at home, VR by video
 * @param assignedTo     the Pallium user id of the clinician who is to make it
 * @param urgent         dispatched from the call line, outside the plan
 */
public record VisitScheduled(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        String encounterClass,
        Discipline discipline,
        String assignedTo,
        Instant scheduledStart,
        Instant scheduledEnd,
        boolean urgent,
        String scheduledBy,
        Instant scheduledAt) implements VisitEvent {

    public VisitScheduled {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        EncounterClasses.require(encounterClass);
        present(discipline, "discipline");
        present(assignedTo, "assignedTo");
        present(scheduledStart, "scheduledStart");
        present(scheduledEnd, "scheduledEnd");
        present(scheduledBy, "scheduledBy");
        present(scheduledAt, "scheduledAt");
        if (!scheduledEnd.isAfter(scheduledStart)) {
            throw new IllegalArgumentException("scheduledEnd must be after scheduledStart");
        }
    }

    @Override
    public Instant occurredAt() {
        return scheduledAt;
    }
}
