package org.pallium.events;

/** Why an Electronic Visit Verification record needs review. */
public enum EvvExceptionKind {
    /** The position given at check-in or check-out lies farther from the patient's address than allowed. */
    LOCATION_FAR_FROM_ADDRESS,
    /** The patient's address has no coordinates on file, so the position could not be compared with it. */
    ADDRESS_NOT_LOCATED
}
