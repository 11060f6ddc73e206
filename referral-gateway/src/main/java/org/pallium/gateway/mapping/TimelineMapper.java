package org.pallium.gateway.mapping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;
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
        URI next = entries.size() == limit
                ? nextLink.apply(encodeCursor(TimelinePosition.of(entries.getLast())))
                : null;
        return new TimelinePage(patientId, entries.stream().map(entry -> toEntry(entry, base)).toList(), next);
    }

    private static TimelinePage.Entry toEntry(TimelineEntry entry, URI base) {
        return new TimelinePage.Entry(entry.eventId, entry.occurredAt, entry.setting, entry.eventType, entry.title,
                entry.actor, base.resolve(entry.sourceUrl));
    }

    static String encodeCursor(TimelinePosition position) {
        String plain = position.occurredAt().getEpochSecond() + "." + position.occurredAt().getNano() + "~" + position.arrival();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(UTF_8));
    }

    /**
     * The position a cursor points after.
     *
     * @throws ProblemException 400 when the cursor was not made by this API
     */
    public static Optional<TimelinePosition> decodeCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), UTF_8).split("~", 2);
            String[] instant = parts[0].split("\\.", 2);
            return Optional.of(new TimelinePosition(
                    Instant.ofEpochSecond(Long.parseLong(instant[0]), Long.parseLong(instant[1])),
                    Long.parseLong(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new ProblemException(400, "Invalid cursor", "The cursor is not one this API gave out");
        }
    }
}
