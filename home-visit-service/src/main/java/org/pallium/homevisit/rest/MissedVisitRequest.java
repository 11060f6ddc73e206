package org.pallium.homevisit.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.pallium.events.MissedVisitReason;

/** Why a scheduled visit did not take place. */
public record MissedVisitRequest(@NotNull MissedVisitReason reason, @Size(max = 4000) String note) {
}
