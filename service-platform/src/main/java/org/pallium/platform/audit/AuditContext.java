package org.pallium.platform.audit;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

/** What a request learned about the patient it touched, for its audit entry. */
@RequestScoped
public class AuditContext {

    private UUID patientId;
    private boolean denied;

    /** The first patient a request touched is the one its entry names; a denial is never forgotten. */
    public void concerns(UUID patientId, boolean permitted) {
        if (this.patientId == null) {
            this.patientId = patientId;
        }
        denied |= !permitted;
    }

    public Optional<UUID> patientId() {
        return Optional.ofNullable(patientId);
    }

    public boolean denied() {
        return denied;
    }
}
