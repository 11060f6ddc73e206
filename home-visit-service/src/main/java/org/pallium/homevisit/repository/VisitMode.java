package org.pallium.homevisit.repository;

import org.pallium.events.CareSetting;

/** How a visit takes place: at the patient's home (FHIR Encounter class HH) or by video (VR). */
public enum VisitMode {
    IN_PERSON,
    VIDEO;

    public String encounterClass() {
        return this == VIDEO ? "VR" : CareSetting.HOME.encounterClass();
    }
}
