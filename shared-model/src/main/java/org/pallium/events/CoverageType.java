package org.pallium.events;

/** Who pays for the patient's care; coverage differs by setting and discipline. */
public enum CoverageType {
    MEDICARE,
    MEDICAID,
    VA,
    PRIVATE,
    SELF_PAY,
    OTHER
}
