package org.pallium.events;

/** What the nurse who took a call decided. */
public enum TriageOutcome {
    ADVICE_GIVEN,
    URGENT_VISIT_DISPATCHED,
    SENT_TO_ED_OR_911,
    TRANSFERRED_TO_HOSPICE_LINE,
    PHYSICIAN_PAGED
}
