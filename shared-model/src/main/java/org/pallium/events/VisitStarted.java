package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The clinician checked in: the visit began at the patient's home, or the video call began. Its
 * clinical time is the check-in, however late the app uploaded it.
 */
public record VisitStarted(
        UUID visitId,
        UUID patientId,
        CareSetting setting,
        String encounterClass,
        String clinician,
        Discipline discipline,
        Instant startedAt) implements VisitEvent {

    public VisitStarted {
        present(visitId, "visitId");
        present(patientId, "patientId");
        present(setting, "setting");
        EncounterClasses.require(encounterClass);
        present(clinician, "clinician");
        present(discipline, "discipline");
        present(startedAt, "startedAt");
    }

    @Override
    public Instant occurredAt() {
        return startedAt;
    }
}
