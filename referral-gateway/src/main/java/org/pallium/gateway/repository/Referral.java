package org.pallium.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.pallium.events.CareSetting;

/** A referral an EHR submitted, routed to one care setting. */
@Entity
public class Referral extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID patientId;
    @Enumerated(EnumType.STRING)
    public CareSetting setting;
    @Enumerated(EnumType.STRING)
    public ReferralStatus status;
    public String reason;
    public String referringClinician;
    public String ehrIdentifierSystem;
    public String ehrIdentifierValue;
    public Instant submittedAt;
    public Instant updatedAt;
}
