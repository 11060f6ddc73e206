package org.pallium.events;

/** What the patient wants done if their heart or breathing stops. */
public enum CodeStatus {
    FULL_CODE,
    /** Do not resuscitate. */
    DNR,
    /** Do not resuscitate, do not intubate. */
    DNR_DNI,
    COMFORT_MEASURES_ONLY
}
