package org.pallium.outpatient.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.Discipline;

/** A clinician the clinic books appointments with, known by their Pallium user id. */
@Entity
public class Clinician extends PanacheEntityBase {

    private static final Sort BY_NAME = Sort.ascending("name", "id");

    /** The user id their bearer token carries. */
    @Id
    public String id;
    public String name;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    public Instant updatedAt;

    public static List<Clinician> byName() {
        return listAll(BY_NAME);
    }

    public static List<Clinician> withIdsByName(Collection<String> ids) {
        return list("id in ?1", BY_NAME, ids);
    }
}
