package org.pallium.inpatient.repository;

/** Where the patient's advance directive stands. */
public enum AdvanceDirectiveStatus {
    /** The patient has none. */
    NONE,
    DISCUSSED,
    DRAFTED,
    SIGNED,
    /** Signed and on file: the record references the document. */
    ON_FILE
}
