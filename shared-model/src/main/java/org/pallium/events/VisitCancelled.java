package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled visit was called off before it began: its plan ended, or the team arranged care
 * otherwise. Unlike a missed visit, nobody was expected at the door; why stays in the home-visit
 * service, as the team's free text. Its clinical time is when it was cancelled.
 */
public record VisitCancelled(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        String encounterClass,
        Discipline discipline,
        String assignedTo,
        Instant scheduledStart,
        String cancelledBy,
        Instant cancelledAt) implements VisitEvent {

    public VisitCancelled {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        EncounterClasses.require(encounterClass);
        present(discipline, "discipline");
        present(assignedTo, "assignedTo");
        present(scheduledStart, "scheduledStart");
        present(cancelledBy, "cancelledBy");
        present(cancelledAt, "cancelledAt");
    }

    @Override
    public Instant occurredAt() {
        return cancelledAt;
    }
}
