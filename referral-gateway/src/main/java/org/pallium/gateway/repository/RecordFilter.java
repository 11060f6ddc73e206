package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which timeline entries bear the records a page shows.
 *
 * @param matches the entries that bear a record: any of them (none matches nothing)
 * @param since   only records with an event recorded at or after this instant: the entry, or a later
 *                one about the same record
 * @param from    clinical time of the entry, inclusive
 * @param to      clinical time of the entry, exclusive
 */
public record RecordFilter(List<EntryMatch> matches, Optional<Instant> since, Optional<Instant> from, Optional<Instant> to) {

    public RecordFilter {
        matches = List.copyOf(matches);
    }
}
