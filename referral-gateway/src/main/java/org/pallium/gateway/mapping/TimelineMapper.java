package org.pallium.gateway.mapping;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.pallium.gateway.repository.TimelineEntry;
import org.pallium.gateway.repository.TimelinePosition;
import org.pallium.gateway.rest.TimelinePage;
import org.pallium.platform.problem.ProblemException;

/** Between the timeline read model and its API, including the opaque paging cursor. */
public final class TimelineMapper {

    private TimelineMapper() {
    }

    /**
     * A page of entries; when it is full, {@code next} points after its last entry.
     *
     * @param base     the gateway's base URI, against which links to its own records resolve
     * @param nextLink builds the link to the page after a cursor
     */
    public static TimelinePage toPage(UUID patientId, List<TimelineEntry> entries, int limit, URI base,
            Function<String, URI> nextLink) {
        URI next = KeysetCursor.nextLink(entries, limit,
                entry -> KeysetCursor.encode(entry.occurredAt, Long.toString(entry.arrival)), nextLink);
        return new TimelinePage(patientId, entries.stream().map(entry -> toEntry(entry, base)).toList(), next);
    }

    private static TimelinePage.Entry toEntry(TimelineEntry entry, URI base) {
        return new TimelinePage.Entry(entry.eventId, entry.occurredAt, entry.setting, entry.eventType, entry.title,
                entry.actor, base.resolve(entry.sourceUrl));
    }

    /**
     * The position a timeline cursor points after.
     *
     * @throws ProblemException 400 when the cursor was not made by the timeline
     */
    public static Optional<TimelinePosition> decodeCursor(String cursor) {
        return KeysetCursor.decode(cursor, position -> new TimelinePosition(position.at(), Long.parseLong(position.tieBreak())));
    }
}
