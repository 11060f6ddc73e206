package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

import java.time.Instant;
import java.util.UUID;

/**
 * The hospital team took on a palliative consult: a clinician of the hospital asked for it through
 * the inpatient API, or the team accepted a referral that Pallium routed to it. It travels with the
 * referral's events, in order, because it can open a referral: the gateway takes in a consult
 * requested inside the hospital as one. The question is clinical free text: PHI.
 *
 * @param unit             the ward or unit; null when not known yet
 * @param bed              null when not known yet
 * @param admittingService the service the patient is admitted under, such as oncology; null when not known
 * @param requestedAt      when the consult was asked for, from which its response time runs
 * @param responseDueAt    when the team should have seen the patient, by the target for the urgency
 * @param startedAt        when the team took the consult on
 */
public record ConsultRequested(
        UUID consultId,
        UUID referralId,
        UUID patientId,
        Diagnosis diagnosis,
        String unit,
        String bed,
        String admittingService,
        Referrer requestedBy,
        String question,
        Urgency urgency,
        Instant requestedAt,
        Instant responseDueAt,
        Instant startedAt) implements ReferralEvent {

    public ConsultRequested {
        present(consultId, "consultId");
        present(referralId, "referralId");
        present(patientId, "patientId");
        present(diagnosis, "diagnosis");
        optional(unit, "unit");
        optional(bed, "bed");
        optional(admittingService, "admittingService");
        present(requestedBy, "requestedBy");
        present(question, "question");
        present(urgency, "urgency");
        present(requestedAt, "requestedAt");
        present(responseDueAt, "responseDueAt");
        present(startedAt, "startedAt");
        if (responseDueAt.isBefore(requestedAt)) {
            throw new IllegalArgumentException("responseDueAt must not be before requestedAt");
        }
    }

    /** A consult is always the hospital team's. */
    @Override
    public CareSetting setting() {
        return CareSetting.INPATIENT;
    }

    @Override
    public Instant occurredAt() {
        return startedAt;
    }
}
