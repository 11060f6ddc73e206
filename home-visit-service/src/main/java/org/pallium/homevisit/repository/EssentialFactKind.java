package org.pallium.homevisit.repository;

/**
 * The facts of the doorstep view that other settings record and the home programme keeps from their
 * events, the newest of each per patient. The advance care planning documents a nurse looks for at
 * the door have one each; the health care power of attorney is its {@link #HEALTHCARE_AGENT}, and a
 * code status document its {@link #CODE_STATUS}.
 */
public enum EssentialFactKind {
    CODE_STATUS,
    HEALTHCARE_AGENT,
    LIVING_WILL,
    ADVANCE_DIRECTIVE,
    /** Physician orders for life-sustaining treatment: what emergency services follow at the door. */
    POLST,
    GOALS_OF_CARE
}
