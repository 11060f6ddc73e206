package org.pallium.gateway.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;

/** Claims the key of a submission, or finds the submission that claimed it before. */
@ApplicationScoped
public class IdempotencyKeys {

    private static final String CLAIM = """
            INSERT INTO referral_idempotency_key (idempotency_key, request_fingerprint, referral_id, claimed_at)
            VALUES (?, ?, ?, ?)
            ON CONFLICT (idempotency_key) DO NOTHING""";
    private static final String FIND = """
            SELECT request_fingerprint, referral_id FROM referral_idempotency_key WHERE idempotency_key = ?""";

    /** The submission that claimed a key first. */
    public record Claim(String fingerprint, UUID referralId) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    IdempotencyKeys(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for the referral {@code referralId} about to be created, or returns the
     * earlier claim. A concurrent claim of the same key waits here until the first one's
     * transaction ends, and then sees it. Plain JDBC on the transaction's connection, as this runs
     * first for every keyed referral.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Claim> claimOrFindEarlier(String key, String fingerprint, UUID referralId) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, key);
                claim.setString(2, fingerprint);
                claim.setObject(3, referralId);
                claim.setTimestamp(4, Timestamp.from(clock.instant()));
                if (claim.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement find = connection.prepareStatement(FIND)) {
                find.setString(1, key);
                try (ResultSet earlier = find.executeQuery()) {
                    earlier.next();
                    return Optional.of(new Claim(earlier.getString(1), earlier.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a referral key", e);
        }
    }
}
