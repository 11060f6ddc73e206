package org.pallium.outpatient.repository;

/** What the clinic did or advised at a visit. */
public enum InterventionKind {
    /** A change of medication the clinic recommends, such as an opioid rotation or a new laxative. */
    MEDICATION_CHANGE,
    /** A comfort technique taught to the patient or family, named by its {@link ComfortTechnique}. */
    COMFORT_TECHNIQUE,
    EDUCATION
}
