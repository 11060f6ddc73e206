package org.pallium.outpatient.service;

import java.util.Optional;

import org.pallium.outpatient.repository.CampusAppointment;

/**
 * A free slot suggested to a patient, and why it ranks where it does: the nearest of the patient's
 * campus appointments on that day, and the minutes between the two (none on a day without one).
 */
public record SlotSuggestion(Slot slot, Bundling bundling, Optional<CampusAppointment> sameDayAs,
        Optional<Long> minutesFromOtherAppointment) {
}
