package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

/**
 * The patient's insurance for this care (FHIR Coverage).
 *
 * @param payer    the insurer's name; null for self-pay or when not known
 * @param memberId the patient's number with the payer; null when not known
 */
public record Coverage(CoverageType type, String payer, String memberId) {

    public Coverage {
        present(type, "type");
        optional(payer, "payer");
        optional(memberId, "memberId");
    }
}
