package org.pallium.outpatient.repository;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * One block of a clinician's weekly template: on a day of the week, from a local time to another,
 * in the clinic's time zone. A day may have several.
 */
@Entity
@IdClass(WorkingHours.Key.class)
public class WorkingHours extends PanacheEntityBase {

    /** Monday first, each day's blocks by their start. */
    public static final Comparator<WorkingHours> IN_WEEK_ORDER = Comparator
            .comparing((WorkingHours hours) -> hours.dayOfWeek).thenComparing(hours -> hours.startsAt);

    @Id
    public String clinicianId;
    @Id
    @Enumerated(EnumType.STRING)
    public DayOfWeek dayOfWeek;
    @Id
    public LocalTime startsAt;
    public LocalTime endsAt;

    /** A block's key: a clinician's day has one block starting at a given time. */
    public static class Key implements Serializable {

        public String clinicianId;
        public DayOfWeek dayOfWeek;
        public LocalTime startsAt;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clinicianId, key.clinicianId)
                    && dayOfWeek == key.dayOfWeek && Objects.equals(startsAt, key.startsAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clinicianId, dayOfWeek, startsAt);
        }
    }

    public static List<WorkingHours> of(String clinicianId) {
        return WorkingHours.<WorkingHours>list("clinicianId", clinicianId).stream().sorted(IN_WEEK_ORDER).toList();
    }

    /** The templates of these clinicians, by clinician. */
    public static Map<String, List<WorkingHours>> ofClinicians(Collection<String> clinicianIds) {
        return WorkingHours.<WorkingHours>list("clinicianId in ?1", clinicianIds).stream().sorted(IN_WEEK_ORDER)
                .collect(Collectors.groupingBy(hours -> hours.clinicianId));
    }

    /** Replaces the clinician's whole template, so that sending the same one again leaves the same one. */
    public static void replaceTemplateOf(String clinicianId, List<WorkingHours> template) {
        delete("clinicianId", clinicianId);
        template.forEach(hours -> hours.persist());
    }
}
