package org.pallium.events;

/**
 * Where palliative care is given, with the FHIR Encounter class a visit in that setting has by
 * default (a video visit from any setting is {@code VR}).
 */
public enum CareSetting {
    INPATIENT("IMP"),
    OUTPATIENT("AMB"),
    HOME("HH");

    private final String encounterClass;

    CareSetting(String encounterClass) {
        this.encounterClass = encounterClass;
    }

    public String encounterClass() {
        return encounterClass;
    }
}
