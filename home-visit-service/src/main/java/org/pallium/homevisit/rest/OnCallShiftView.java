package org.pallium.homevisit.rest;

import java.time.Instant;
import java.util.UUID;

/** A nurse's turn on call, as planned. */
public record OnCallShiftView(UUID id, String nurse, Instant startsAt, Instant endsAt, String createdBy) {
}
