package org.pallium.homevisit.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a scheduled visit is taken off the schedule. */
public record CancelVisitRequest(@NotBlank @Size(max = 1000) String reason) {
}
