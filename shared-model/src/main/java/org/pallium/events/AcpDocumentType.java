package org.pallium.events;

/** The advance care planning documents the team helps a patient make, and keeps track of. */
public enum AcpDocumentType {
    LIVING_WILL,
    ADVANCE_DIRECTIVE,
    /** Health care power of attorney: names the healthcare agent. */
    HEALTH_CARE_POWER_OF_ATTORNEY,
    /** Physician orders for life-sustaining treatment. */
    POLST,
    /** The code status, as an advance care planning decision. */
    CODE_STATUS
}
