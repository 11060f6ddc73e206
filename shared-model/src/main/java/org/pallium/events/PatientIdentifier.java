package org.pallium.events;

import static org.pallium.events.Require.present;

/** A patient identifier issued by another system, such as a hospital MRN: a FHIR Identifier. */
public record PatientIdentifier(String system, String value) {

    public PatientIdentifier {
        present(system, "system");
        present(value, "value");
    }
}
