package org.pallium.gateway.service;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralVisibility;
import org.pallium.platform.security.Caller;
import org.pallium.platform.security.PatientScope;
import org.pallium.platform.security.Roles;

/**
 * Whom a caller sees at the gateway, which holds every setting's referrals: a clinician the
 * patients on their setting's census (a referral of theirs to that setting has not ended), an EHR
 * system the patients it referred, and of them only the referrals it submitted itself. A
 * coordinator sees everyone. Lists apply the same rules inside their query ({@link #visibilityOf}).
 */
@ApplicationScoped
public class GatewayPatientScope implements PatientScope {

    @Override
    @Transactional
    public boolean covers(Caller caller, UUID patientId) {
        return Referral.anyVisible(patientId, visibilityOf(caller));
    }

    /**
     * Whether the caller may see this referral: another EHR's referral of a patient this EHR
     * referred too is not its to read or cancel.
     */
    @Transactional
    public boolean shows(Caller caller, Referral referral) {
        return caller.is(Roles.COORDINATOR)
                || caller.is(Roles.EHR_SYSTEM) && caller.id().equals(referral.submittedBy)
                || caller.is(Roles.CLINICIAN) && caller.setting().isPresent()
                        && Referral.anyVisible(referral.patientId,
                                new ReferralVisibility(false, caller.setting(), Optional.empty()));
    }

    /** The referrals the caller may see, for a list's query. */
    public ReferralVisibility visibilityOf(Caller caller) {
        if (caller.is(Roles.COORDINATOR)) {
            return ReferralVisibility.EVERYTHING;
        }
        return new ReferralVisibility(false,
                caller.is(Roles.CLINICIAN) ? caller.setting() : Optional.empty(),
                caller.is(Roles.EHR_SYSTEM) ? Optional.of(caller.id()) : Optional.empty());
    }
}
