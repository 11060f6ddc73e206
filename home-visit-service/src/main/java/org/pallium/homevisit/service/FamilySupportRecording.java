package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.Discipline;
import org.pallium.homevisit.repository.ContactMode;
import org.pallium.homevisit.repository.SupportFocus;

/** Support given to the patient's family: a visit in person, or a contact by phone or video. */
public record FamilySupportRecording(
        @Schema(description = "Chosen by the app; recording the same id again returns the first record")
        @NotNull UUID id,
        @Schema(description = "The family member supported; leave out for the family as a whole")
        UUID familyContactId,
        @NotNull SupportFocus focus,
        @NotNull ContactMode mode,
        @NotNull @PastOrPresent Instant occurredAt,
        @Min(1) @Max(600) int durationMinutes,
        @NotNull Discipline discipline,
        @Size(max = 20000) String notes) {
}
