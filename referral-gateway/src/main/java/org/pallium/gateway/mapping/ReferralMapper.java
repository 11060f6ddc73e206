package org.pallium.gateway.mapping;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.pallium.events.AttachmentReference;
import org.pallium.events.Coding;
import org.pallium.events.Coverage;
import org.pallium.events.Diagnosis;
import org.pallium.events.Referrer;
import org.pallium.gateway.repository.Referral;
import org.pallium.gateway.repository.ReferralDetails;
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
                new ReferralDetails(PatientMapper.toDetails(request.patient()), diagnosisOf(request.diagnosis()),
                        listOf(request.symptoms()), request.urgency(), request.goalsOfCare(),
                        new Referrer(request.referrer().clinician(), request.referrer().organisation()),
                        request.coverage() == null ? null : new Coverage(request.coverage().type(),
                                request.coverage().payer(), request.coverage().memberId()),
                        listOf(request.attachments()).stream()
                                .map(attachment -> new AttachmentReference(attachment.url(), attachment.contentType(),
                                        attachment.title()))
                                .toList()),
                request.reason(), Optional.ofNullable(request.setting()), circumstancesOf(request));
    }

    /** What the routing rules read from a request; a flag left out means no. */
    public static ReferralRouting.Circumstances circumstancesOf(SubmitReferralRequest request) {
        return new ReferralRouting.Circumstances(isTrue(request.patientAdmitted()), isTrue(request.homebound()),
                isTrue(request.homeCareRequested()));
    }

    private static Diagnosis diagnosisOf(SubmitReferralRequest.Diagnosis diagnosis) {
        return new Diagnosis(new Coding(diagnosis.code().system(), diagnosis.code().code(), diagnosis.code().display()),
                diagnosis.text(), diagnosis.diagnosedOn(), diagnosis.advancedCancer());
    }

    private static <T> List<T> listOf(List<T> listOrNothing) {
        return listOrNothing == null ? List.of() : listOrNothing;
    }

    private static boolean isTrue(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    /** A referral with every status it has had. */
    public static ReferralView toView(Referral referral, List<ReferralStatusChange> history) {
        return view(referral, history.stream()
                .map(change -> new ReferralView.StatusChange(change.status, change.changedAt, change.changedBy, change.reason,
                        change.firstVisitAt))
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
        ReferralDetails details = referral.details;
        return details == null
                ? new ReferralView(referral.id, identifier, referral.patientId, referral.setting, referral.routingReason,
                        referral.status, referral.reason, null, null, null, null, null, null, null, null,
                        referral.submittedAt, referral.updatedAt, referral.transferredFrom, referral.transferredTo, history)
                : new ReferralView(referral.id, identifier, referral.patientId, referral.setting, referral.routingReason,
                        referral.status, referral.reason, details.patient(), details.diagnosis(), details.symptoms(),
                        details.urgency(), details.goalsOfCare(), details.referrer(), details.coverage(),
                        details.attachments(), referral.submittedAt, referral.updatedAt, referral.transferredFrom,
                        referral.transferredTo, history);
    }
}
