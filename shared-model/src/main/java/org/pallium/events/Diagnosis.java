package org.pallium.events;

import static org.pallium.events.Require.present;

import java.time.LocalDate;

/**
 * The serious illness the patient is referred for.
 *
 * @param diagnosedOn    null when the referrer did not send it
 * @param advancedCancer drives the quality measure "seen by palliative care within 8 weeks of diagnosis"
 */
public record Diagnosis(Coding code, String text, LocalDate diagnosedOn, boolean advancedCancer) {

    public Diagnosis {
        present(code, "code");
        present(text, "text");
    }
}
