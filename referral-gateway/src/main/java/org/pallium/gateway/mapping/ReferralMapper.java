package org.pallium.gateway.mapping;

import org.pallium.events.PatientIdentifier;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.rest.ReferralView;
import org.pallium.gateway.rest.SubmitReferralRequest;
import org.pallium.gateway.service.ReferralIdentifier;
import org.pallium.gateway.service.ReferralSubmission;

/** Between the referral API and the referral service. */
public final class ReferralMapper {

    private ReferralMapper() {
    }

    public static ReferralSubmission toSubmission(SubmitReferralRequest request) {
        return new ReferralSubmission(
                request.referralIdentifier() == null ? null
                        : new ReferralIdentifier(request.referralIdentifier().system(), request.referralIdentifier().value()),
                new PatientIdentifier(request.patient().identifier().system(), request.patient().identifier().value()),
                request.patient().name(), request.setting(), request.reason(), request.referringClinician());
    }

    public static ReferralView toView(Referral referral) {
        ReferralView.Identifier identifier = referral.ehrIdentifierValue == null ? null
                : new ReferralView.Identifier(referral.ehrIdentifierSystem, referral.ehrIdentifierValue);
        return new ReferralView(referral.id, identifier, referral.patientId, referral.setting, referral.status, referral.reason,
                referral.referringClinician, referral.submittedAt, referral.updatedAt);
    }
}
