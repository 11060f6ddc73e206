package org.pallium.platform.security;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import org.pallium.platform.audit.AuditContext;

/**
 * The one door to a patient's data in a service. A record of a patient the caller may not see is
 * treated as absent, so a denied read answers 404 exactly as a missing one does and reveals
 * nothing; either way the patient goes into the request's audit entry.
 */
@ApplicationScoped
public class PatientAccess {

    private final SecurityIdentity identity;
    private final PatientScope scope;
    private final AuditContext audit;

    PatientAccess(SecurityIdentity identity, PatientScope scope, AuditContext audit) {
        this.identity = identity;
        this.scope = scope;
        this.audit = audit;
    }

    /** The record, if there is one and the caller may see its patient. */
    public <T> Optional<T> visible(Optional<T> found, Function<T, UUID> patientOf) {
        return found.filter(record -> permits(patientOf.apply(record)));
    }

    /** Whether the caller may see and change {@code patientId}'s data; recorded for the audit. */
    public boolean permits(UUID patientId) {
        boolean permitted = covers(patientId);
        audit.concerns(patientId, permitted);
        return permitted;
    }

    /** For lists: whether a patient's entry is shown, without recording each one. */
    public boolean covers(UUID patientId) {
        Caller caller = caller();
        return caller.is(Roles.COORDINATOR) || scope.covers(caller, patientId);
    }

    /** Who is calling, as read when the request was authenticated. */
    public Caller caller() {
        Caller caller = identity.getAttribute(CallerAugmentor.CALLER);
        return caller != null ? caller : Caller.of(identity);
    }
}
