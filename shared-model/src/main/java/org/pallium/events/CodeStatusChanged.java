package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The patient's code status was documented, new or changed. Every setting and the gateway's
 * summary show the newest.
 *
 * @param previous the code status it replaces in this setting's record; null for the first one
 */
public record CodeStatusChanged(
        UUID codeStatusId,
        UUID patientId,
        CareSetting setting,
        CodeStatus codeStatus,
        CodeStatus previous,
        String documentedBy,
        Instant effectiveAt) implements CareEvent {

    public CodeStatusChanged {
        present(codeStatusId, "codeStatusId");
        present(patientId, "patientId");
        present(setting, "setting");
        present(codeStatus, "codeStatus");
        present(documentedBy, "documentedBy");
        present(effectiveAt, "effectiveAt");
    }

    @Override
    public Instant occurredAt() {
        return effectiveAt;
    }
}
