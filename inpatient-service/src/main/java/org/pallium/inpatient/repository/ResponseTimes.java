package org.pallium.inpatient.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.pallium.events.Urgency;
import org.pallium.platform.lifecycle.CareStatus;

/**
 * How fast the team saw the consults requested in a period, by urgency: computed by the database
 * over the consults, so that a year of them costs one query.
 *
 * @param median null when none was seen
 * @param p90    the time by which nine consults in ten were seen; null when none was
 */
public record ResponseTimes(Urgency urgency, long requested, long seen, long seenWithinTarget, long overdue,
        Duration median, Duration p90) {

    private static final String BY_URGENCY = """
            SELECT urgency,
                   count(*),
                   count(seen_at),
                   count(*) FILTER (WHERE seen_at <= response_due_at),
                   count(*) FILTER (WHERE seen_at IS NULL AND status NOT IN (:final) AND response_due_at < :now),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM seen_at - requested_at)),
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM seen_at - requested_at))
            FROM consult
            WHERE requested_at >= :from AND requested_at < :to
            GROUP BY urgency""";

    /** By urgency, for the consults requested from {@code from} until {@code to}; an urgency without any is left out. */
    public static List<ResponseTimes> of(EntityManager entityManager, Instant from, Instant to, Instant now) {
        List<?> rows = entityManager.createNativeQuery(BY_URGENCY)
                .setParameter("final", CareStatus.FINAL.stream().map(Enum::name).toList())
                .setParameter("now", now).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new ResponseTimes(Urgency.valueOf((String) row[0]),
                number(row[1]), number(row[2]), number(row[3]), number(row[4]), seconds(row[5]), seconds(row[6])))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** percentile_cont ignores the nulls of consults not seen; over none it is null. */
    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }
}
