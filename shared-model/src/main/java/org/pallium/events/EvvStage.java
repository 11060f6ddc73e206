package org.pallium.events;

/** The moment of an Electronic Visit Verification record: the clinician's check-in or check-out. */
public enum EvvStage {
    CHECK_IN,
    CHECK_OUT
}
