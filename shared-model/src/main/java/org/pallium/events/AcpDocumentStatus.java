package org.pallium.events;

/** Where an advance care planning document stands: discussed, drafted, signed, or on file (with a reference). */
public enum AcpDocumentStatus {
    DISCUSSED,
    DRAFTED,
    SIGNED,
    ON_FILE
}
