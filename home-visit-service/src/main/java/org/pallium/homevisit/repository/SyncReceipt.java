package org.pallium.homevisit.repository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A change that a mobile app uploaded and the service applied, kept by the id the app gave the
 * change, in the same transaction as the change: the same upload again is answered as the first
 * time, and applies nothing twice.
 */
@Entity
public class SyncReceipt extends PanacheEntityBase {

    @Id
    public UUID mutationId;
    public String uploadedBy;
    public String kind;
    public UUID entityId;
    public String operation;
    public String outcome;
    public Long version;
    public Instant appliedAt;

    public static Optional<SyncReceipt> find(UUID mutationId) {
        return findByIdOptional(mutationId);
    }
}
