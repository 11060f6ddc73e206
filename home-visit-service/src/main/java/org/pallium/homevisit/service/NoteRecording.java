package org.pallium.homevisit.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.pallium.events.Discipline;

/** A note about a visit ({@code visitId}) or about the patient between visits, whole. */
public record NoteRecording(
        UUID visitId,
        @NotNull @PastOrPresent Instant writtenAt,
        @NotNull Discipline discipline,
        @NotBlank @Size(max = 20000) String text) {
}
