package org.pallium.events;

import static org.pallium.events.Require.present;

import java.util.Set;

/** The FHIR Encounter classes a palliative visit can have, as the JSON Schemas' enums list them. */
final class EncounterClasses {

    private static final Set<String> PALLIATIVE = Set.of("IMP", "AMB", "HH", "VR");

    private EncounterClasses() {
    }

    static String require(String encounterClass) {
        present(encounterClass, "encounterClass");
        if (!PALLIATIVE.contains(encounterClass)) {
            throw new IllegalArgumentException("encounterClass must be IMP, AMB, HH or VR, not " + encounterClass);
        }
        return encounterClass;
    }
}
