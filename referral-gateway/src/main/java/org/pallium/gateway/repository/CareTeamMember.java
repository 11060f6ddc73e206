package org.pallium.gateway.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.Panache;

import org.pallium.events.CareSetting;
import org.pallium.events.Discipline;

/**
 * A clinician of the patient's care team in one setting: someone who visited the patient, or has a
 * visit or appointment with them ahead.
 *
 * @param discipline  as their latest visit gives it; null for a clinician who has only an
 *                    appointment ahead, which names none
 * @param lastVisitAt the start of their latest visit; null when they have not visited yet
 * @param nextVisitAt the start of their next booked appointment or scheduled visit; null when none
 */
public record CareTeamMember(CareSetting setting, String clinician, Discipline discipline, Instant lastVisitAt,
        Instant nextVisitAt) {

    private static final String OF_PATIENT = """
            SELECT setting, clinician, (array_agg(discipline ORDER BY last_visit DESC NULLS LAST))[1],
                   max(last_visit), min(next_visit)
            FROM (SELECT setting, clinician, discipline, last_visit_at AS last_visit, NULL::timestamptz AS next_visit
                  FROM summary_care_team WHERE patient_id = ?1
                  UNION ALL
                  SELECT setting, clinician, NULL, NULL, starts_at
                  FROM summary_appointment
                  WHERE patient_id = ?1 AND status = 'BOOKED' AND starts_at > ?2 AND clinician IS NOT NULL) AS contact
            GROUP BY setting, clinician
            ORDER BY CASE setting WHEN 'INPATIENT' THEN 0 WHEN 'OUTPATIENT' THEN 1 ELSE 2 END,
                     max(last_visit) DESC NULLS LAST, min(next_visit), clinician""";

    /** The patient's care team, setting by setting, in each the one seen most recently first. */
    public static List<CareTeamMember> ofPatient(UUID patientId, Instant now) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(OF_PATIENT)
                .setParameter(1, patientId).setParameter(2, now).getResultList();
        return rows.stream().map(Object[].class::cast).map(row -> new CareTeamMember(
                CareSetting.valueOf((String) row[0]), (String) row[1],
                row[2] == null ? null : Discipline.valueOf((String) row[2]), instant(row[3]), instant(row[4])))
                .toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime dateTime -> dateTime.toInstant();
            case java.sql.Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }
}
