package org.pallium.gateway.mapping;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.pallium.events.PatientIdentifier;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralPosition;
import org.pallium.gateway.repository.ReferralStatusChange;
import org.pallium.gateway.rest.ReferralPage;
import org.pallium.gateway.rest.ReferralView;
import org.pallium.gateway.rest.SubmitReferralRequest;
import org.pallium.gateway.service.ReferralIdentifier;
import org.pallium.gateway.service.ReferralRouting;
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
                request.patient().name(), Optional.ofNullable(request.setting()),
                new ReferralRouting.Circumstances(isTrue(request.patientAdmitted()), isTrue(request.homebound()),
                        isTrue(request.homeCareRequested())),
                request.reason(), request.referringClinician());
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    /** A referral with every status it has had. */
    public static ReferralView toView(Referral referral, List<ReferralStatusChange> history) {
        return view(referral, history.stream()
                .map(change -> new ReferralView.StatusChange(change.status, change.changedAt, change.changedBy, change.reason))
                .toList());
    }

    /** A page of referrals; when it is full, {@code next} points after its last referral. */
    public static ReferralPage toPage(List<Referral> referrals, int limit, Function<String, URI> nextLink) {
        URI next = KeysetCursor.nextLink(referrals, limit,
                referral -> KeysetCursor.encode(referral.submittedAt, referral.id.toString()), nextLink);
        return new ReferralPage(referrals.stream().map(ReferralMapper::toView).toList(), next);
    }

    /**
     * The position a referral-list cursor points after.
     *
     * @throws org.pallium.platform.problem.ProblemException 400 when the cursor was not made by this list
     */
    public static Optional<ReferralPosition> decodeCursor(String cursor) {
        return KeysetCursor.decode(cursor, position -> new ReferralPosition(position.at(), UUID.fromString(position.tieBreak())));
    }

    /** A referral without its history, as lists show it. */
    public static ReferralView toView(Referral referral) {
        return view(referral, null);
    }

    private static ReferralView view(Referral referral, List<ReferralView.StatusChange> history) {
        ReferralView.Identifier identifier = referral.ehrIdentifierValue == null ? null
                : new ReferralView.Identifier(referral.ehrIdentifierSystem, referral.ehrIdentifierValue);
        return new ReferralView(referral.id, identifier, referral.patientId, referral.setting, referral.routingReason,
                referral.status, referral.reason,
                referral.referringClinician, referral.submittedAt, referral.updatedAt, history);
    }
}
