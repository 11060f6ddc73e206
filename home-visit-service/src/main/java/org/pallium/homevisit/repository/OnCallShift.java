package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.pallium.platform.paging.Keyset;
import org.pallium.platform.paging.PageRequest;
import org.pallium.platform.persistence.Hql;

/** A nurse's turn on call, when urgent visits dispatched from the nurse line go to them. */
@Entity
public class OnCallShift extends PanacheEntityBase {

    /** The order of the roster: the shift starting first, first. */
    public static final Keyset<OnCallShift> EARLIEST_FIRST = Keyset.of("s.id", shift -> shift.id,
            Keyset.ascending("s.startsAt", Instant.class, shift -> shift.startsAt));

    @Id
    public UUID id;
    public String nurse;
    public Instant startsAt;
    public Instant endsAt;
    public Instant createdAt;
    public String createdBy;

    /**
     * The shift on call at {@code moment}. Where shifts overlap (a handover), the one that began last
     * is on call: the nurse coming on takes the calls.
     */
    public static Optional<OnCallShift> at(Instant moment) {
        return find("startsAt <= ?1 and endsAt > ?1", Sort.descending("startsAt").and("id"), moment).firstResultOptional();
    }

    /** Whether the nurse has a shift on call at {@code moment}: at a handover, both nurses have. */
    public static boolean covers(String nurse, Instant moment) {
        return Hql.exists(getEntityManager(), "from OnCallShift where nurse = ?1 and startsAt <= ?2 and endsAt > ?2", nurse, moment);
    }

    /** A page of the shifts that end after {@code from} and begin before {@code to}, the earliest first. */
    public static List<OnCallShift> overlapping(Instant from, Instant to, PageRequest page) {
        Keyset.Query query = EARLIEST_FIRST.page("from OnCallShift s", "s.endsAt > :from and s.startsAt < :to",
                Map.of("from", from, "to", to), page);
        return find(query.hql(), query.parameters()).page(0, page.fetchSize()).list();
    }
}
