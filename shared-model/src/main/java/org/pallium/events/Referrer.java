package org.pallium.events;

import static org.pallium.events.Require.present;

/** The clinician who referred, and the organisation they referred from (FHIR ServiceRequest.requester). */
public record Referrer(String clinician, String organisation) {

    public Referrer {
        present(clinician, "clinician");
        present(organisation, "organisation");
    }
}
