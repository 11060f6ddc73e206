package org.pallium.gateway.service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Claims the key of a submission, or finds the submission that claimed it before. */
@ApplicationScoped
public class IdempotencyKeys {

    private static final String CLAIM = """
            INSERT INTO referral_idempotency_key (idempotency_key, request_fingerprint, referral_id, claimed_at)
            VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT (idempotency_key) DO NOTHING""";
    private static final String FIND = """
            SELECT request_fingerprint, referral_id FROM referral_idempotency_key WHERE idempotency_key = ?1""";

    /** The submission that claimed a key first. */
    public record Claim(String fingerprint, UUID referralId) {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    IdempotencyKeys(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for the referral {@code referralId} about to be created, or returns the
     * earlier claim. A concurrent claim of the same key waits here until the first one's
     * transaction ends, and then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claimOrFindEarlier(String key, String fingerprint, UUID referralId) {
        int claimed = entityManager.createNativeQuery(CLAIM)
                .setParameter(1, key)
                .setParameter(2, fingerprint)
                .setParameter(3, referralId)
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) entityManager.createNativeQuery(FIND).setParameter(1, key).getSingleResult();
        return Optional.of(new Claim((String) earlier[0], (UUID) earlier[1]));
    }
}
