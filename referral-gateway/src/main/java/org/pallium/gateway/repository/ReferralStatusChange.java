package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One step of a referral's history. */
@Entity
public class ReferralStatusChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID referralId;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public Instant changedAt;
    public String changedBy;
    public String reason;
    /** When the team booked the first visit for; only on a SCHEDULED step. */
    public Instant firstVisitAt;

    public static ReferralStatusChange of(UUID referralId, ReferralStatus status, Instant at, String by) {
        ReferralStatusChange change = new ReferralStatusChange();
        change.referralId = referralId;
        change.status = status;
        change.changedAt = at;
        change.changedBy = by;
        return change;
    }

    /** The history of one referral, oldest first. */
    public static List<ReferralStatusChange> historyOf(UUID referralId) {
        return list("referralId", Sort.ascending("id"), referralId);
    }
}
