package org.pallium.homevisit.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a patient's calls, the most recent first. */
public record NurseCallPage(
        List<NurseCallView> calls,
        @Schema(description = "The `before` that reads the next page; null on the last page") UUID nextBefore) {
}
