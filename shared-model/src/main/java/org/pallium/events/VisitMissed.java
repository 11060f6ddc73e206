package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/** A scheduled visit did not take place. Its clinical time is when the visit was to begin. */
public record VisitMissed(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        String encounterClass,
        Discipline discipline,
        String assignedTo,
        Instant scheduledStart,
        MissedVisitReason reason,
        String recordedBy,
        Instant recordedAt) implements VisitEvent {

    public VisitMissed {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        EncounterClasses.require(encounterClass);
        present(discipline, "discipline");
        present(assignedTo, "assignedTo");
        present(scheduledStart, "scheduledStart");
        present(reason, "reason");
        present(recordedBy, "recordedBy");
        present(recordedAt, "recordedAt");
    }

    @Override
    public Instant occurredAt() {
        return scheduledStart;
    }
}
