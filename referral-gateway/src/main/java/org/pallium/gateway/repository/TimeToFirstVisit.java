package org.pallium.gateway.repository;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.pallium.events.CareSetting;

/**
 * The time from referral to first palliative visit, for the referrals of one setting submitted in
 * one month (in the programme's zone): computed by the database over the quality read model, so
 * that years of referrals cost one query and no row leaves it.
 *
 * @param referrals   the referrals submitted in the month
 * @param seen        those with a first visit, whenever it took place
 * @param stillWaiting those neither seen nor ended
 * @param notToBeSeen those that ended (rejected, cancelled, concluded or transferred) before a visit
 * @param p50Hours    the median hours from submission to the first visit's start, of those seen, to
 *                    two decimals; null when none was seen
 */
public record TimeToFirstVisit(YearMonth month, CareSetting setting, long referrals, long seen, long stillWaiting,
        long notToBeSeen, BigDecimal p50Hours, BigDecimal p75Hours, BigDecimal p90Hours) {

    /** The settings in their order, as a VALUES list: every setting has a row each month, if only of zeros. */
    private static final String SETTINGS = Arrays.stream(CareSetting.values())
            .map(setting -> "('" + setting.name() + "', " + setting.ordinal() + ")")
            .collect(Collectors.joining(", "));
    private static final String HOURS = "extract(epoch FROM r.first_visit_at - r.submitted_at) / 3600";
    private static final String BY_MONTH_AND_SETTING = """
            WITH month AS (
                SELECT CAST(first_day AS date) AS first_day
                FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 month') AS first_day),
            setting (name, position) AS (VALUES %s)
            SELECT to_char(m.first_day, 'YYYY-MM'), s.name,
                   count(r.referral_id),
                   count(r.first_visit_at),
                   count(r.referral_id) FILTER (WHERE r.first_visit_at IS NULL AND r.ended_at IS NULL),
                   count(r.referral_id) FILTER (WHERE r.first_visit_at IS NULL AND r.ended_at IS NOT NULL),
                   round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY %s) AS numeric), 2),
                   round(CAST(percentile_cont(0.75) WITHIN GROUP (ORDER BY %s) AS numeric), 2),
                   round(CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY %s) AS numeric), 2)
            FROM month m CROSS JOIN setting s
            LEFT JOIN quality_referral r ON r.setting = s.name
                AND r.submitted_at >= CAST(m.first_day AS timestamp) AT TIME ZONE :zone
                AND r.submitted_at < CAST(m.first_day + interval '1 month' AS timestamp) AT TIME ZONE :zone
            GROUP BY m.first_day, s.name, s.position
            ORDER BY m.first_day, s.position""".formatted(SETTINGS, HOURS, HOURS, HOURS);

    /** Each month from {@code from} to {@code to} (both included), each setting in it, the earliest month first. */
    public static List<TimeToFirstVisit> of(EntityManager entityManager, YearMonth from, YearMonth to, ZoneId zone) {
        List<?> rows = entityManager.createNativeQuery(BY_MONTH_AND_SETTING)
                .setParameter("from", from.atDay(1)).setParameter("to", to.atDay(1))
                .setParameter("zone", zone.getId())
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new TimeToFirstVisit(YearMonth.parse((String) row[0]),
                CareSetting.valueOf((String) row[1]), number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                (BigDecimal) row[6], (BigDecimal) row[7], (BigDecimal) row[8])).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
