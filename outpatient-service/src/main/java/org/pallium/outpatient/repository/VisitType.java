package org.pallium.outpatient.repository;

import org.pallium.events.CareSetting;

/** What a clinic visit was for; a video visit is the one not held in the clinic room. */
public enum VisitType {
    NEW_PATIENT,
    FOLLOW_UP,
    SYMPTOM_FOCUSED,
    ADVANCE_CARE_PLANNING,
    FAMILY_MEETING,
    VIDEO_VISIT;

    /** The FHIR Encounter class: VR (virtual) for a video visit, the clinic's AMB for the others. */
    public String encounterClass() {
        return this == VIDEO_VISIT ? "VR" : CareSetting.OUTPATIENT.encounterClass();
    }
}
