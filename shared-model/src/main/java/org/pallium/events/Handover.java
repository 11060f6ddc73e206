package org.pallium.events;

import static org.pallium.events.Require.optional;

import java.time.Instant;

/**
 * What the team that hands a patient over knows, for the setting that takes them on: the latest
 * symptom scores, the code status and the goals of care, so that care continues without asking
 * the patient and family again. Every part is null when the team did not record it.
 *
 * @param esas               the latest ESAS-r
 * @param esasAssessedAt     when it was assessed; present exactly when {@code esas} is
 * @param pps                the latest PPS level
 * @param ppsAssessedAt      when it was assessed; present exactly when {@code pps} is
 * @param whatMatters        what matters most to the patient, from the latest goals-of-care conversation
 * @param decisions          the decisions of that conversation
 * @param advanceDirective   where the advance directive is: a document reference, or the team's note of it
 */
public record Handover(
        EsasR esas,
        Instant esasAssessedAt,
        Integer pps,
        Instant ppsAssessedAt,
        CodeStatus codeStatus,
        String whatMatters,
        String decisions,
        HealthcareAgent healthcareAgent,
        String advanceDirective) {

    public Handover {
        if ((esas == null) != (esasAssessedAt == null)) {
            throw new IllegalArgumentException("esas and esasAssessedAt go together");
        }
        if ((pps == null) != (ppsAssessedAt == null)) {
            throw new IllegalArgumentException("pps and ppsAssessedAt go together");
        }
        if (pps != null) {
            Pps.requireLevel(pps, "pps");
        }
        optional(whatMatters, "whatMatters");
        optional(decisions, "decisions");
        optional(advanceDirective, "advanceDirective");
    }
}
