package org.pallium.inpatient.repository;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.pallium.events.Discipline;

/** A member of a consult's care team, with their discipline and role. */
@Entity
@IdClass(CareTeamMember.Key.class)
public class CareTeamMember extends PanacheEntityBase {

    @Id
    public UUID consultId;
    /** Who they are to Pallium: the user id their bearer token carries. */
    @Id
    public String member;
    public String name;
    @Enumerated(EnumType.STRING)
    public Discipline discipline;
    @Enumerated(EnumType.STRING)
    public CareTeamRole role;

    /** The member's key: one row per consult and member. */
    public static class Key implements Serializable {

        public UUID consultId;
        public String member;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(consultId, key.consultId) && Objects.equals(member, key.member);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consultId, member);
        }
    }

    public static List<CareTeamMember> ofConsult(UUID consultId) {
        return list("consultId", Sort.ascending("role", "name"), consultId);
    }

    public static List<CareTeamMember> ofConsults(Collection<UUID> consultIds) {
        return list("consultId in ?1", Sort.ascending("role", "name"), consultIds);
    }

    public static void replaceTeamOf(UUID consultId, List<CareTeamMember> team) {
        delete("consultId", consultId);
        team.forEach(member -> member.persist());
    }
}
