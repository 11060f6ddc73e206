package org.pallium.inpatient.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.pallium.events.Handover;
import org.pallium.events.TransitionOutcome;

/** How a consult ended at discharge, with the handover the receiving setting got. */
@Entity
public class Transition extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID consultId;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public TransitionOutcome outcome;
    /** The referral the gateway opens in the receiving setting; null when care leaves Pallium. */
    public UUID onwardReferralId;
    public String reason;
    @JdbcTypeCode(SqlTypes.JSON)
    public Handover handover;
    public Instant transitionedAt;
    public String transitionedBy;

    public static Optional<Transition> ofConsult(UUID consultId) {
        return find("consultId", consultId).firstResultOptional();
    }
}
