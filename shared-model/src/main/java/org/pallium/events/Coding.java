package org.pallium.events;

import static org.pallium.events.Require.optional;
import static org.pallium.events.Require.present;

/**
 * A code from a code system, such as ICD-10-CM or SNOMED CT (FHIR Coding).
 *
 * @param system  the code system's URI, such as {@code http://hl7.org/fhir/sid/icd-10-cm}
 * @param display the code system's text for the code; null when the sender gave none
 */
public record Coding(String system, String code, String display) {

    public Coding {
        present(system, "system");
        present(code, "code");
        optional(display, "display");
    }
}
