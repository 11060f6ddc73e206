package org.pallium.gateway.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.gateway.service.RebuildReport;

@Schema(description = "What a rebuild of the read model did")
public record RebuildView(
        @Schema(description = "Events read from Kafka, from the first offset of each partition to its end at the start")
        long eventsRead,
        @Schema(description = "Events applied: those live consumption had applied, each once; the others are left to it")
        long eventsApplied,
        @Schema(description = "How long the rebuild took, in seconds") double seconds,
        @Schema(description = "Events read per second") double eventsPerSecond) {

    static RebuildView of(RebuildReport report) {
        return new RebuildView(report.eventsRead(), report.eventsApplied(), report.took().toNanos() / 1e9,
                report.eventsPerSecond());
    }
}
