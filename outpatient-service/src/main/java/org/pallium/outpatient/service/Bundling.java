package org.pallium.outpatient.service;

/** How a suggested slot sits with the patient's other appointments on campus, the best first. */
public enum Bundling {
    /** On the day of one, within the bundling gap before or after it: one trip, little waiting. */
    ADJACENT,
    /** On the day of one, further from it: one trip. */
    SAME_DAY,
    /** On a day without one. */
    OTHER_DAY
}
