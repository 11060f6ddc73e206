package org.pallium.gateway.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.pallium.events.EsasR;
import org.pallium.events.VisitCompleted;
import org.pallium.gateway.repository.SummaryVisit;

/**
 * The visits a rebuild has written to the summary so far, kept to answer what
 * {@link SummaryVisit#previousWithEsas} would answer from the database: the ESAS-r a visit's title
 * compares with. A rebuild asks it for every visit with an ESAS-r; the database would cost the
 * round trip of the batches waiting and one of the query, for each of them.
 *
 * <p>It holds what the summary holds, as PostgreSQL compares it: a visit as first written (the
 * summary's insert does nothing for a visit it has), its clinical time to the microsecond
 * ({@link ReadModelWriter#micros}), and visits of one instant in the order of their
 * ids as PostgreSQL orders UUIDs, byte by byte unsigned.
 */
final class EsasHistory {

    /** Newest first, as {@link SummaryVisit#previousWithEsas} orders: clinical time, then visit id. */
    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparingLong(Position::micros)
            .thenComparing(Position::visitId, EsasHistory::compareAsPostgres).reversed();

    private final Set<UUID> visits = new HashSet<>();
    private final Map<UUID, NavigableMap<Position, EsasR>> byPatient = new HashMap<>();

    /** The visit as the summary writes it: unless it has the visit already. False when it had it. */
    boolean written(VisitCompleted visit) {
        if (!visits.add(visit.visitId())) {
            return false;
        }
        if (visit.esas() != null) {
            byPatient.computeIfAbsent(visit.patientId(), patient -> new TreeMap<>(NEWEST_FIRST))
                    .put(new Position(ReadModelWriter.micros(visit.startedAt()), visit.visitId()), visit.esas());
        }
        return true;
    }

    /** The ESAS-r of the patient's latest visit written before {@code visit}'s clinical time, other than itself. */
    Optional<EsasR> previous(VisitCompleted visit) {
        NavigableMap<Position, EsasR> patientVisits = byPatient.get(visit.patientId());
        if (patientVisits == null) {
            return Optional.empty();
        }
        // Newest first: what follows the lowest visit id at the visit's instant is strictly older than it. A loop, not
        // a stream: a stream of a submap counts it whole first.
        for (Map.Entry<Position, EsasR> earlier : patientVisits
                .tailMap(new Position(ReadModelWriter.micros(visit.startedAt()), new UUID(0, 0)), false).entrySet()) {
            if (!earlier.getKey().visitId().equals(visit.visitId())) {
                return Optional.of(earlier.getValue());
            }
        }
        return Optional.empty();
    }

    private static int compareAsPostgres(UUID left, UUID right) {
        int high = Long.compareUnsigned(left.getMostSignificantBits(), right.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(left.getLeastSignificantBits(), right.getLeastSignificantBits());
    }

    private record Position(long micros, UUID visitId) {
    }
}
