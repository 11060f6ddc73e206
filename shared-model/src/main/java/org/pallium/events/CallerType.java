package org.pallium.events;

/** Who called the nurse line. */
public enum CallerType {
    PATIENT,
    FAMILY,
    FACILITY
}
