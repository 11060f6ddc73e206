package org.pallium.homevisit.service;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.pallium.homevisit.repository.ConcernCategory;

/** Something for the team to watch until it is resolved; {@code resolvedAt} closes it. */
public record ConcernRecording(
        @NotNull ConcernCategory category,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @PastOrPresent Instant raisedAt,
        @PastOrPresent Instant resolvedAt) {
}
