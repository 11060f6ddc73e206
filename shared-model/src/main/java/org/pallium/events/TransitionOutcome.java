package org.pallium.events;

import java.util.Optional;

/** Where a patient goes when the hospital team's care ends at discharge, or that they died in hospital. */
public enum TransitionOutcome {
    HOME_PROGRAMME(CareSetting.HOME),
    OUTPATIENT_CLINIC(CareSetting.OUTPATIENT),
    HOSPICE(null),
    NURSING_FACILITY(null),
    DIED_IN_HOSPITAL(null);

    private final CareSetting palliativeSetting;

    TransitionOutcome(CareSetting palliativeSetting) {
        this.palliativeSetting = palliativeSetting;
    }

    /** The Pallium setting that continues the care, for a transition to one; empty when care leaves Pallium. */
    public Optional<CareSetting> palliativeSetting() {
        return Optional.ofNullable(palliativeSetting);
    }
}
