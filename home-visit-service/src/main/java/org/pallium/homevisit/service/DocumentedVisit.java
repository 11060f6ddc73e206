package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.pallium.events.Discipline;

/** A visit the app documented offline, as a sync item carries it; the item gives its id and patient. */
public record DocumentedVisit(
        @NotBlank @Size(max = 200) String clinician,
        @NotNull Discipline discipline,
        @NotNull @PastOrPresent Instant startedAt,
        @NotNull Instant endedAt,
        @Size(max = 20000) String notes) {

    HomeVisitRecording toRecording(UUID visitId, UUID patientId) {
        return new HomeVisitRecording(visitId, patientId, clinician, discipline, startedAt, endedAt, notes);
    }
}
