package org.pallium.gateway.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;
import org.pallium.gateway.mapping.TimelineEntryJson;

/** A page of a patient's timeline, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelinePage(
        UUID patientId,
        List<Entry> entries,
        @Schema(description = "The next, older page, with this page's filters and limit; absent on the last page. "
                + "Also the Link header, rel=\"next\"") URI next,
        @Schema(description = "The opaque cursor of the next page, which `next` passes as `cursor`; absent on the last page")
        String nextCursor) {

    /** One event of the patient's care. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonSerialize(using = TimelineEntryJson.class)
    public record Entry(
            UUID eventId,
            @Schema(description = "When it happened to the patient (clinical time)") Instant occurredAt,
            @Schema(description = "The setting whose team recorded it") CareSetting setting,
            @Schema(description = "The FHIR Encounter class (IMP, AMB, HH, VR) of a visit or consult encounter; "
                    + "absent on an event that is no encounter, such as a referral step") String encounterClass,
            @Schema(description = "The CloudEvents type, such as org.pallium.visit.completed.v2") String type,
            String title,
            @Schema(description = "Who did it, where known") String who,
            @Schema(description = "The discipline of who led the visit; absent where the event names none")
            Discipline discipline,
            @Schema(description = "The source record in its service", format = "uri") String link) {
    }
}
